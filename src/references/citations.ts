import type { ArticleReference, BookReference, Reference } from './reference.schema';

/** A run of citation text; `emphasis` marks what AMA style sets in italics. */
export interface CitationSegment {
  text: string;
  emphasis?: boolean;
}

// AMA (11th ed.) lists up to six authors; with more, the first three and "et al".
const AMA_MAX_AUTHORS = 6;
const AMA_AUTHORS_BEFORE_ET_AL = 3;

/** The author list as AMA prints it: "Rose GL, Rukstalis MR, Schuckit MA". */
export function amaAuthors(ref: Pick<Reference, 'authors' | 'etAl'>): string {
  const truncate = ref.authors.length > AMA_MAX_AUTHORS;
  const shown = truncate ? ref.authors.slice(0, AMA_AUTHORS_BEFORE_ET_AL) : ref.authors;
  return [...shown, ...(truncate || ref.etAl ? ['et al'] : [])].join(', ');
}

/** Ends a title with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function formatBook(ref: BookReference): CitationSegment[] {
  const publication = [ref.edition ? `${ref.edition}.` : '', ref.publisher ? `${ref.publisher};` : '', `${ref.year}.`]
    .filter(Boolean)
    .join(' ');
  return [
    { text: `${sentence(amaAuthors(ref))} ` },
    { text: sentence(ref.title), emphasis: true },
    { text: ` ${publication}` },
  ];
}

function formatArticle(ref: ArticleReference): CitationSegment[] {
  let locator = `${ref.year}`;
  if (ref.volume) locator += `;${ref.volume}`;
  if (ref.volume && ref.issue) locator += `(${ref.issue})`;
  if (ref.volume && ref.pages) locator += `:${ref.pages}`;
  const segments: CitationSegment[] = [
    { text: `${sentence(amaAuthors(ref))} ${sentence(ref.title)} ` },
    { text: sentence(ref.journal), emphasis: true },
    { text: ` ${locator}.` },
  ];
  // AMA ends the entry with the DOI and no final full stop.
  if (ref.doi) segments.push({ text: ` doi:${ref.doi}` });
  return segments;
}

/** A reference in AMA style, as segments so a view can italicise the right parts. */
export function formatAma(ref: Reference): CitationSegment[] {
  return ref.type === 'book' ? formatBook(ref) : formatArticle(ref);
}

/** A reference in AMA style as plain text (for copying, printing and tests). */
export function amaText(ref: Reference): string {
  return formatAma(ref)
    .map((segment) => segment.text)
    .join('');
}

/** "Rose" from "Rose GL": the surname is everything before the initials. */
export function surname(amaAuthor: string): string {
  return amaAuthor.slice(0, amaAuthor.lastIndexOf(' ')).trim() || amaAuthor;
}

/** The names in an in-text citation: "Daloz", "Detsky & Baerlocher", "Rose, Rukstalis & Schuckit", "Straus et al." */
export function citationNames(ref: Pick<Reference, 'authors' | 'etAl'>): string {
  const names = ref.authors.map(surname);
  if (names.length > 3 || ref.etAl) return `${names[0]} et al.`;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
}

/** An in-text citation: narrative "Daloz (1986)" or parenthetical "(Daloz, 1986)". */
export function inTextCitation(ref: Reference, form: 'narrative' | 'parenthetical'): string {
  const names = citationNames(ref);
  return form === 'narrative' ? `${names} (${ref.year})` : `(${names}, ${ref.year})`;
}

/** Works in reading order for an author-year list: by first author's surname, then year. */
export function sortReferences<T extends Pick<Reference, 'authors' | 'year'>>(references: readonly T[]): T[] {
  return [...references].sort(
    (a, b) => surname(a.authors[0]).localeCompare(surname(b.authors[0]), 'en') || a.year - b.year,
  );
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

/** Finds a work by key, or throws an error that names the key, the file and the keys that exist. */
export function findReference<T extends { id: string }>(references: readonly T[], key: string, citedIn?: string): T {
  const found = references.find((ref) => ref.id === key);
  if (found) return found;
  const where = citedIn ? `${citedIn} cites` : 'Cited';
  const known = references.map((ref) => ref.id).join(', ');
  throw new Error(
    `${where} an unknown reference key "${key}". Known keys (content/data/references.yaml): ${known}.`,
  );
}

// Matches <Cite work="key" ...> in MDX source, whatever the attribute order.
const CITE_TAG = /<Cite\b[^>]*?\bwork\s*=\s*(["'])(.*?)\1/g;

/** The keys an MDX page cites with <Cite work="..." />, in order of first use. */
export function citedKeys(mdxSource: string): string[] {
  const keys = [...mdxSource.matchAll(CITE_TAG)].map((match) => match[2]);
  return [...new Set(keys)];
}

/** Fails (naming the file and key) if an MDX page cites a work that is not in the references. */
export function assertCitationsExist(mdxSource: string, filePath: string, references: readonly { id: string }[]): void {
  for (const key of citedKeys(mdxSource)) findReference(references, key, filePath);
}
