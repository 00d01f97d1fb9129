/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

// A table of contents helps on pages with several sections; on short pages it
// only pushes the content down a phone screen.
export const MIN_SECTIONS_FOR_TOC = 3;

/** Sections (h2) with their subsections (h3), or none when the page is short. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items = sectionOutline(headings);
  return items.length >= MIN_SECTIONS_FOR_TOC ? items : [];
}

/** Every section (h2) of a page with its subsections (h3), however short the page. */
export function sectionOutline(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && items.length > 0) {
      items[items.length - 1].children.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return items;
}
