import { searchHits, type PagefindResultData, type SearchHit } from '../lib/searchHits';

/** The parts of Pagefind's browser API (<base>pagefind/pagefind.js) that search uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/**
 * The query parameter that result links carry the search words in. The inline
 * loader (SearchLoader.astro) reads the same name to highlight them on arrival.
 */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pages loaded per query. The guide has a handful of pages, so in practice this is every match. */
const MAX_PAGES = 10;

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind from the site's own pagefind/ folder (under the base path)
 * and starts fetching its index. Loads once; after a failure (offline,
 * blocked) the next call tries again.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, highlightParam: HIGHLIGHT_PARAM });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Searches the guide: how many pages match, and the best of them shaped for the results list. */
export async function findHits(query: string): Promise<{ count: number; hits: SearchHit[] }> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, MAX_PAGES).map((result) => result.data()));
  return { count: results.length, hits: searchHits(pages) };
}
