import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useChromium } from './support/browser';
import { settledIsland } from './support/islands';
import { facilitatorPlanIds, plan, roomPagePaths, sessionsContent } from './support/facilitator';
import { currentQuadrant, PLOT } from './support/plot';
import { siteUrl } from './support/sites';

// The room view (/facilitator/room/<plan>/): what the room reads on the
// projector, one page a segment. It must fit a projector's screen without
// scrolling, in type the back of the room can read, and work as plain pages
// without JavaScript. Its contrast of 7:1 is checked with axe-core, in both
// themes, in accessibility.test.ts.

const browser = useChromium();

const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const ALL_ROOM_PAGES = facilitatorPlanIds().flatMap(roomPagePaths);

/** How far the page scrolls each way, and the smallest text in it (visible HTML text, not the drawing's labels). */
const measure = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const sizes = [...document.querySelectorAll('main *')]
      .filter((element) => !(element instanceof SVGElement) && !element.closest('.visually-hidden') && element.checkVisibility())
      .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))
      .map((element) => ({ size: parseFloat(getComputedStyle(element).fontSize), text: element.textContent!.trim().slice(0, 40) }))
      .sort((a, b) => a.size - b.size);
    return { down: root.scrollHeight - root.clientHeight, across: root.scrollWidth - root.clientWidth, smallest: sizes[0] };
  });

/** Waits for the plot's island where the page has one, so the page is measured as the room sees it. */
async function settled(page: Page): Promise<void> {
  if ((await page.locator(PLOT).count()) > 0) await settledIsland(page, PLOT);
}

describe.each(PROJECTORS)('at $width x $height', (viewport) => {
  // One browser page at this size for the pages, one after another, its console errors counted page by page.
  let opened: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    opened = await openPage(browser(), { viewport });
  });
  afterAll(() => opened.close());

  it.each(ALL_ROOM_PAGES)('"/%s" fits the screen without scrolling, its text at least 28 px', async (path) => {
    const { page, problems } = opened;
    problems.errors.length = 0;
    await page.goto(siteUrl('root', path));
    await settled(page);
    const { down, across, smallest } = await measure(page);
    expect({ down, across }).toEqual({ down: 0, across: 0 });
    expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(28);
    expect(problems.errors).toEqual([]);
  });
});

describe('what the room sees', () => {
  it('each segment\'s title, its prompt, its time and its place in the plan, with no site header, footer or notes', async () => {
    const { page, close } = await openPage(browser(), { viewport: PROJECTORS[0] });
    const { segments } = plan('60');
    const { page: guideWords } = sessionsContent();
    for (const [index, segment] of segments.entries()) {
      await page.goto(siteUrl('root', `facilitator/room/60/${segment.id}/`));
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(segment.title);
      expect(await page.locator('.room-prompt').innerText()).toBe(segment.room.prompt);
      // Read out with its label ("Time for this segment: 06:00"); the room sees the time alone.
      expect(await page.locator('.room-clock').textContent()).toBe(`${sessionsContent().room.timeLabel} ${String(segment.minutes).padStart(2, '0')}:00`);
      expect(await page.locator('.room-position').innerText()).toBe(`${index + 1} of ${segments.length}`);
      // The facilitator's script stays on the presenter's screen.
      const shown = await page.locator('body').innerText();
      for (const label of [guideWords.purpose, guideWords.say]) expect(shown).not.toContain(label);
    }
    expect(await page.locator('header, footer').count()).toBe(0);
    await close();
  });

  it('shows the Palmer quotation, the do\'s and don\'ts and the live plot where the segment says', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: PROJECTORS[0] });
    await page.goto(siteUrl('root', 'facilitator/room/60/opening-reflection/'));
    expect(await page.locator('.room-quote blockquote').innerText()).toContain('Their power is in their capacity to awaken a truth within us');
    expect(await page.locator('.room-quote figcaption').innerText()).toBe('— Parker J. Palmer, The Courage to Teach');
    await page.goto(siteUrl('root', 'facilitator/room/60/dos-and-donts/'));
    expect(await page.locator('.room-dos h2').allInnerTexts()).toEqual(['Do’s', 'Don’ts']);
    expect(await page.locator('.room-dos li').count()).toBe(9);
    await page.goto(siteUrl('root', 'facilitator/room/60/the-model/'));
    await settledIsland(page, PLOT);
    // The room look: the drawing, the quadrant, the examples; not the sliders a lone reader uses.
    expect(await page.locator(`${PLOT}.is-room`).count()).toBe(1);
    expect(await page.getByRole('slider', { name: 'Support', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'The friendly preceptor who never pushes' }).click();
    await expect.poll(() => currentQuadrant(page)).toBe('Confirmation');
    // The marker still moves by keys (support 8, challenge 2 to 7).
    await page.locator(`${PLOT} .plot-marker`).focus();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowUp');
    await expect.poll(() => currentQuadrant(page)).toBe('Growth');
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe('without JavaScript', () => {
  it.each(facilitatorPlanIds())('plan %s: Next leads through every segment in order from the plan\'s address, and Previous back', async (id) => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false, viewport: PROJECTORS[0] });
    const { segments } = plan(id);
    await page.goto(siteUrl('root', `facilitator/room/${id}/`));
    const seen = [await page.getByRole('heading', { level: 1 }).innerText()];
    while ((await page.getByRole('link', { name: 'Next' }).count()) > 0) {
      await page.getByRole('link', { name: 'Next' }).click();
      seen.push(await page.getByRole('heading', { level: 1 }).innerText());
    }
    expect(seen).toEqual(segments.map((segment) => segment.title));
    expect(new URL(page.url()).pathname).toBe(`/facilitator/room/${id}/${segments.at(-1)!.id}/`);
    await page.getByRole('link', { name: 'Previous' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(segments.at(-2)!.title);
    expect(await page.locator('.room-prompt').innerText()).toBe(segments.at(-2)!.room.prompt);
    await close();
  });

  it('the plot segment shows the drawing', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false, viewport: PROJECTORS[0] });
    await page.goto(siteUrl('root', 'facilitator/room/30/the-model/'));
    expect(await page.locator(`${PLOT} svg`).isVisible()).toBe(true);
    await close();
  });
});
