import { HIGHLIGHT_PARAM, searchHits, type PagefindResultData, type SearchHit } from '~/search/searchHits';

/** The parts of Pagefind's browser API (<base>pagefind/pagefind.js) that search uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  destroy(): Promise<void>;
}


/** Pages loaded per query. The guide has a handful of pages, so in practice this is every match. */
const MAX_PAGES = 10;

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind from the site's own pagefind/ folder (under the base path)
 * and starts fetching its index. Loads once; after a failure (offline,
 * blocked) the next call tries again.
 */
export function loadPagefind(): Promise<PagefindApi> {
  if (loading) return loading;
  const attempt = (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, highlightParam: HIGHLIGHT_PARAM });
    await pagefind.init();
    return pagefind;
  })();
  loading = attempt;
  attempt.catch(() => {
    // Only forget this attempt: a newer one may already be under way.
    if (loading === attempt) loading = undefined;
  });
  return attempt;
}

/**
 * After a failed search: Pagefind keeps the error of a failed index or engine
 * download for good, so drop it and load afresh on the next search.
 */
async function resetPagefind(failed: Promise<PagefindApi>): Promise<void> {
  if (loading !== failed) return;
  loading = undefined;
  const pagefind = await failed.catch(() => undefined);
  await pagefind?.destroy().catch(() => {});
}

/**
 * Searches the guide: how many pages match, and the best of them shaped for
 * the results list. `stillWanted` lets a query the reader has already typed
 * past skip loading its results.
 */
export async function findHits(
  query: string,
  stillWanted: () => boolean = () => true,
): Promise<{ count: number; hits: SearchHit[] } | undefined> {
  const loaded = loadPagefind();
  try {
    const pagefind = await loaded;
    const { results } = await pagefind.search(query);
    if (!stillWanted()) return undefined;
    const pages = await Promise.all(results.slice(0, MAX_PAGES).map((result) => result.data()));
    return { count: results.length, hits: searchHits(pages) };
  } catch (error) {
    await resetPagefind(loaded);
    throw error;
  }
}
