import { getCollection, getEntry, render } from 'astro:content';
import { firstQuote } from '~/guide/mdxQuote';
import { headingGroups } from '~/handout/headingGroups';
import { sortReferences } from '~/references/citations';

// Where the handout's words come from: each is read from the content the guide
// pages use, so the handout never holds a second copy. A missing piece fails the
// build naming the file to fix.

async function guideEntry(id: string) {
  const entry = await getEntry('guide', id);
  if (!entry) throw new Error(`content/guide/${id}.mdx is missing: the handout (src/pages/handout.astro) reads it.`);
  return entry;
}

/** The quotation that opens the home page (content/guide/index.mdx). */
export async function homeQuote() {
  const quote = firstQuote((await guideEntry('index')).body ?? '');
  if (!quote) throw new Error('content/guide/index.mdx has no <Quote by="..."> for the handout to print.');
  return quote;
}

/** The do's and don'ts: the ## and ### headings of content/guide/dos-and-donts.mdx. */
export async function dosAndDonts() {
  const { headings } = await render(await guideEntry('dos-and-donts'));
  const groups = headingGroups(headings);
  if (groups.length === 0) throw new Error('content/guide/dos-and-donts.mdx has no ### headings under its ## headings for the handout to list.');
  return groups;
}

/** A guide page's description (its frontmatter), e.g. for the handout's "Making mentoring work". */
export async function guideDescription(id: string) {
  return (await guideEntry(id)).data.description;
}

/** The works the original handout cites ("group: handout" in content/data/references.yaml), by author and year. */
export async function handoutReferences() {
  return sortReferences((await getCollection('references')).map((entry) => entry.data).filter((reference) => reference.group === 'handout'));
}
