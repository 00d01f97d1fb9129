// The do's and don'ts as the handout lists them, read from the headings of
// content/guide/dos-and-donts.mdx: each ## heading ("Do's", "Don'ts") with the
// ### headings under it. The guide page stays the one place their words live.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface HeadingGroup {
  heading: Heading;
  items: Heading[];
}

/** Each ## heading with the ### headings that follow it, in page order; groups without any are left out. */
export function headingGroups(headings: readonly Heading[]): HeadingGroup[] {
  const groups: HeadingGroup[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) groups.push({ heading, items: [] });
    else if (heading.depth === 3 && groups.length > 0) groups[groups.length - 1].items.push(heading);
  }
  return groups.filter((group) => group.items.length > 0);
}
