import type { Page } from 'playwright-core';

// Waiting for an island to be settled: hydrated (Astro has dropped the
// island's ssr attribute), rendered ready, and every effect of that render run,
// which the island marks with data-settled on its root (src/ui/useSettledMark.ts).
// Before that a key or click can reach a listener not yet attached, or an effect
// still pending can act after it: a test that acts earlier races the island.

/**
 * Scrolls the island's root into view (islands hydrate when visible) and waits
 * until it is settled. `root` is a selector for the element the island marks.
 */
export async function settledIsland(page: Page, root: string): Promise<void> {
  await page.locator(root).first().scrollIntoViewIfNeeded();
  await page.locator(`astro-island:not([ssr]) ${root}[data-settled]`).first().waitFor({ state: 'attached' });
}
