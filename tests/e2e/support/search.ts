import type { Page } from 'playwright-core';

/** The search dialog, its field, status line and result links. */
export const dialog = (page: Page) => page.locator('dialog.search-dialog');
export const field = (page: Page) => page.getByRole('searchbox', { name: 'Search the guide' });
export const status = (page: Page) => page.locator('[data-search-status]');
export const resultLinks = (page: Page) => page.locator('[data-search-results] a');

/** Opens search with the keyboard shortcut, as a reader would from anywhere on a page. */
export async function openWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await dialog(page).waitFor({ state: 'visible' });
}

/** Waits until the status line answers for a query (as the page shows it: trimmed, cut if long); returns the answer. */
export async function answerFor(page: Page, shownQuery: string): Promise<string> {
  // Every answer names the query; "Searching…" does not.
  await page.waitForFunction(
    (shown) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${shown}”`),
    shownQuery,
    { timeout: 15_000 },
  );
  return (await status(page).textContent()) ?? '';
}

/** Types a query into the search field and waits until the status line answers for it. */
export async function search(page: Page, query: string): Promise<string> {
  await field(page).fill(query);
  return answerFor(page, query);
}

/** The paths (pathname and hash, no highlight words) of the results shown now. */
export async function resultPaths(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}

/** The id of the focused element, or its tag and text when it has none. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || `${active?.tagName.toLowerCase()}: ${active?.textContent?.trim()}`;
  });
}
