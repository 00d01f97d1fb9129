import type { Page } from 'playwright-core';
import { settledIsland } from './islands';

// Helpers for driving the support/challenge plot on the model page.

export const PLOT = '#plot';

/**
 * Scrolls the drawing into view and waits until its island has settled: it has
 * read a shared link's state, enabled its controls and run that render's effects.
 */
export async function hydratedPlot(page: Page): Promise<void> {
  await page.locator(`${PLOT} svg`).scrollIntoViewIfNeeded();
  await settledIsland(page, PLOT);
}

/** The readout's quadrant name. */
export const currentQuadrant = (page: Page) => page.locator(`${PLOT} .plot-quadrant`).innerText();

/** The two sliders' values, as numbers. */
export async function sliderValues(page: Page): Promise<{ support: number; challenge: number }> {
  const value = async (name: string) => Number(await page.getByRole('slider', { name }).inputValue());
  return { support: await value('Support'), challenge: await value('Challenge') };
}

/** The page coordinates of a point given as fractions of the grid (0,0 bottom left; 1,1 top right). */
export async function gridPoint(page: Page, support: number, challenge: number): Promise<{ x: number; y: number }> {
  const box = await page.locator(`${PLOT} .plot-cell rect`).evaluateAll((rects) => {
    const boxes = rects.map((rect) => rect.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    const right = Math.max(...boxes.map((b) => b.right));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    return { left, top, width: right - left, height: bottom - top };
  });
  return { x: box.left + support * box.width, y: box.top + (1 - challenge) * box.height };
}

/** The centre of the marker on the page. */
export async function markerCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`${PLOT} .plot-marker-dot`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
