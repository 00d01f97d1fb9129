// Pagefind's results, shaped for the results list: one hit per page, with
// links to the sections of the page where the words were found.

/** A section of a page that Pagefind matched (a sub-result). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Missing when the match is above the page's first heading with an id. */
  anchor?: { element: string; id: string; text?: string };
  /** Where the words matched and how much each match counts (headings weigh more). */
  weighted_locations?: { balanced_score: number }[];
}

/** The data Pagefind loads for one matching page (the fields used here). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface SearchSection {
  title: string;
  url: string;
  excerpt: string;
}

export interface SearchHit extends SearchSection {
  sections: SearchSection[];
}

/** Sections shown under each page: enough to land on the right one, few enough to scan. */
export const MAX_SECTIONS_PER_PAGE = 3;

/** How well a section matched: the sum of its matches' scores (a match in a heading counts most). */
function sectionScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/**
 * The query parameter that result links carry the search words in. The inline
 * loader (SearchLoader.astro) reads the same name to highlight them on arrival.
 */
export const HIGHLIGHT_PARAM = 'highlight';

/** Highlight words a result link may carry: enough for any real query, too few for a crafted link to strain the page. */
const MAX_HIGHLIGHT_WORDS = 8;
const MAX_HIGHLIGHT_LENGTH = 40;

/**
 * A result URL with its highlight words made to match the page: Pagefind
 * passes the query's words as typed, so a quoted phrase ("free labour") would
 * look for `"free` and `labour"`, which are not on the page.
 */
export function cleanHighlightWords(url: string, param = HIGHLIGHT_PARAM): string {
  const parsed = new URL(url, 'https://site.invalid');
  const words = parsed.searchParams
    .getAll(param)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').slice(0, MAX_HIGHLIGHT_LENGTH))
    .filter((word) => word !== '')
    .slice(0, MAX_HIGHLIGHT_WORDS);
  parsed.searchParams.delete(param);
  for (const word of words) parsed.searchParams.append(param, word);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * One hit per page, linking to the page and to up to MAX_SECTIONS_PER_PAGE
 * matching sections: the best-matching ones, shown in page order.
 */
export function searchHits(results: PagefindResultData[]): SearchHit[] {
  return results.map((result) => {
    const subResults = result.sub_results ?? [];
    // A sub-result without an anchor is the page above its first section: its
    // excerpt describes the page better than the best match anywhere on it.
    const top = subResults.find((sub) => !sub.anchor);
    const anchored = subResults.filter((sub) => sub.anchor);
    const best = new Set([...anchored].sort((a, b) => sectionScore(b) - sectionScore(a)).slice(0, MAX_SECTIONS_PER_PAGE));
    const sections = anchored
      .filter((sub) => best.has(sub))
      .map(({ title, url, excerpt }) => ({ title, url: cleanHighlightWords(url), excerpt }));
    return {
      title: result.meta.title || result.url,
      url: cleanHighlightWords(top?.url ?? result.url),
      excerpt: top?.excerpt ?? (sections.length > 0 ? '' : result.excerpt),
      sections,
    };
  });
}

/** A run of excerpt text; marked runs are the words that matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the few entities Pagefind writes into excerpts; others are left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_entity, name: string) => ENTITIES[name] ?? '');
}

/**
 * Splits a Pagefind excerpt (text with its HTML entities encoded, and matches
 * wrapped in <mark>) into plain-text runs, so the page can show it with
 * textContent and never parses result text as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}
