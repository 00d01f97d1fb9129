import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useChromium } from './support/browser';
import { siteUrl } from './support/sites';
import { clockText, facilitatorPages, facilitatorPlanIds, focusedText, hydratedPresentView, plan, printedPages, sessionsContent, shownHeading } from './support/facilitator';

// The facilitator guide: its plans, the present view for the projector (by
// keyboard alone, with its timer on a controlled clock), the printed notes and
// worksheet, without JavaScript, at 320 px, under a sub-path, and axe.

const browser = useChromium();
const PLAN_IDS = facilitatorPlanIds();
const NEW_PAGES = facilitatorPages();

/** Presses Tab until the focused element's text starts with `text` (at most 40 times). */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)).startsWith(text)) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

const hashOf = (page: Page) => new URL(page.url()).hash;

describe('the facilitator guide', () => {
  it('is linked from the home page and sets out every plan with its segments and links to present and print it', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await page.locator('main').getByRole('link', { name: 'facilitator guide' }).click();
    await page.waitForURL(/\/facilitator\/$/);
    for (const id of PLAN_IDS) {
      const { title, segments } = plan(id);
      const section = page.locator(`section:has(> .heading-wrapper #plan-${id})`);
      expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe(title);
      expect(await section.locator('h3').allInnerTexts()).toEqual(segments.map((segment) => segment.title));
      expect(await section.getByRole('link', { name: 'Present this plan on the projector' }).getAttribute('href')).toBe(`/facilitator/present/${id}/`);
      expect(await section.getByRole('link', { name: 'Print the facilitator notes' }).getAttribute('href')).toBe(`/facilitator/notes/${id}/`);
      // The timetable's rows add up to the plan's length.
      const minutes = await section.locator('tbody td.minutes').allInnerTexts();
      expect(minutes.reduce((sum, value) => sum + Number(value), 0)).toBe(plan(id).minutes);
    }
    expect(await page.getByRole('link', { name: 'Print the participant worksheet' }).getAttribute('href')).toBe('/facilitator/worksheet/');
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe('the present view, by keyboard alone', () => {
  it('moves with every navigation key, keeps focus on the segment shown and its place in the address', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    const { segments } = plan('60');
    const last = segments.length - 1;
    await page.goto(siteUrl('root', 'facilitator/present/60/'));
    await hydratedPresentView(page);
    expect(await shownHeading(page).innerText()).toBe(segments[0].title);
    expect(await page.locator('.present-segment:visible').count()).toBe(1);
    expect(await page.getByText(`Segment 1 of ${segments.length}`).isVisible()).toBe(true);

    const steps: [string, number][] = [
      ['ArrowRight', 1],
      ['PageDown', 2],
      ['ArrowLeft', 1],
      ['PageUp', 0],
      ['PageUp', 0],
      ['End', last],
      ['ArrowRight', last],
      ['PageDown', last],
      ['Home', 0],
      ['ArrowLeft', 0],
    ];
    for (const [key, index] of steps) {
      await page.keyboard.press(key);
      await expect.poll(() => shownHeading(page).innerText(), { message: key }).toBe(segments[index].title);
      expect(hashOf(page), key).toBe(`#${segments[index].id}`);
      // Focus follows to the new heading (in an effect after the segment shows), so a screen reader reads the segment.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { message: key }).toBe('H2');
      await expect.poll(() => focusedText(page), { message: key }).toBe(segments[index].title);
      expect(await page.getByText(`Segment ${index + 1} of ${segments.length}`).isVisible()).toBe(true);
    }
    // The browser did not scroll the page for the keys instead.
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await expect.poll(() => shownHeading(page).innerText()).toBe(segments[last - 1].title);

    // A reload keeps the place.
    await page.reload();
    await hydratedPresentView(page);
    expect(await shownHeading(page).innerText()).toBe(segments[last - 1].title);
    expect(hashOf(page)).toBe(`#${segments[last - 1].id}`);
    // The view starts at its top, timer and bar in sight.
    expect(await page.getByRole('timer', { name: 'Time left in this segment' }).isVisible()).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('Tab reaches the segment links, the timer and the Previous/Next buttons, which keep focus as they move', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    const { segments } = plan('30');
    await page.goto(siteUrl('root', 'facilitator/present/30/'));
    await hydratedPresentView(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedText(page)).toBe(segments[1].title);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toContain(segments[1].click[0].label);
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownHeading(page).innerText()).toBe(segments[2].title);
    expect(await focusedText(page)).toContain('Next');
    expect(hashOf(page)).toBe(`#${segments[2].id}`);
    expect(await page.locator('.present-view > [role="status"]').innerText()).toBe(`Segment 3 of ${segments.length}: ${segments[2].title}`);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toContain('Previous');
    await page.keyboard.press('Space');
    await expect.poll(() => shownHeading(page).innerText()).toBe(segments[1].title);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps focus on the heading shown when a clicker sends two presses within one frame', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    const { segments } = plan('30');
    await page.goto(siteUrl('root', 'facilitator/present/30/'));
    await hydratedPresentView(page);
    // Two presses in one task of the page: the first one's render (a microtask) is
    // in the page before the second arrives, its effects not yet run (they wait a frame).
    await page.evaluate(async () => {
      const press = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
      press();
      await Promise.resolve();
      press();
    });
    await expect.poll(() => shownHeading(page).innerText()).toBe(segments[2].title);
    await expect.poll(() => focusedText(page)).toBe(segments[2].title);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('runs the segment timer: start, count down, pause, resume, reset, and time up said once', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.clock.install({ time: new Date('2026-11-25T09:00:00Z') });
    const { segments } = plan('30');
    const full = `${String(segments[0].minutes).padStart(2, '0')}:00`;
    await page.goto(siteUrl('root', 'facilitator/present/30/'));
    await hydratedPresentView(page);
    expect(await clockText(page)).toBe(full);
    expect(await page.getByRole('timer', { name: 'Time left in this segment' }).getAttribute('aria-live')).toBe('off');
    await page.clock.runFor(30_000);
    expect(await clockText(page)).toBe(full);

    await tabTo(page, 'Start timer');
    await page.keyboard.press('Enter');
    await page.clock.runFor(61_000);
    await expect.poll(() => clockText(page)).toBe(`${String(segments[0].minutes - 2).padStart(2, '0')}:59`);
    expect(await focusedText(page)).toBe('Pause timer');

    await page.keyboard.press('Enter');
    await page.clock.runFor(120_000);
    expect(await clockText(page)).toBe(`${String(segments[0].minutes - 2).padStart(2, '0')}:59`);
    expect(await focusedText(page)).toBe('Resume timer');

    await page.keyboard.press('Enter');
    const timeUp = page.locator('.present-time-up');
    expect(await timeUp.getAttribute('role')).toBe('status');
    expect(await timeUp.innerText()).toBe('');
    await page.clock.runFor(segments[0].minutes * 60_000);
    await expect.poll(() => clockText(page)).toBe('00:00');
    expect(await timeUp.innerText()).toBe(sessionsContent().present.timeUp);
    expect(await timeUp.isVisible()).toBe(true);
    // The button pressed as time ran out keeps focus, and starts nothing now.
    expect(await focusedText(page)).toBe('Start timer');
    expect(await page.getByRole('button', { name: 'Start timer' }).getAttribute('aria-disabled')).toBe('true');

    await tabTo(page, 'Reset timer');
    await page.keyboard.press('Enter');
    expect(await clockText(page)).toBe(full);
    expect(await timeUp.innerText()).toBe('');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('leaves for the facilitator guide with Escape, and with the visible link', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'facilitator/present/30/#the-model'));
    await hydratedPresentView(page);
    await page.keyboard.press('Escape');
    await page.waitForURL(siteUrl('root', 'facilitator/#plan-30'));
    expect(await page.locator('h1').innerText()).toBe('Running a session');

    await page.goto(siteUrl('root', 'facilitator/present/60/'));
    await hydratedPresentView(page);
    await tabTo(page, 'Back to the facilitator guide');
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl('root', 'facilitator/#plan-60'));
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('Escape in the search dialog closes search and stays on the present view', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'facilitator/present/30/#the-model'));
    await hydratedPresentView(page);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.locator('dialog.search-dialog').waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/facilitator/present/30/');
    expect(await shownHeading(page).innerText()).toBe(plan('30').segments[1].title);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('opens the live plot for the room in a new tab, leaving the timer running', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(siteUrl('root', 'facilitator/present/30/'));
    await hydratedPresentView(page);
    const link = page.getByRole('link', { name: /Open the live plot/ });
    expect(await link.getAttribute('href')).toBe('/model/#plot');
    await tabTo(page, 'Start timer');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await tabTo(page, 'Open the live plot');
    const [plotPage] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await plotPage.waitForLoadState();
    expect(plotPage.url()).toBe(siteUrl('root', 'model/#plot'));
    await plotPage.locator('#plot svg').waitFor();
    expect(new URL(page.url()).pathname).toBe('/facilitator/present/30/');
    expect(await page.getByRole('button', { name: 'Pause timer' }).count()).toBe(1);
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe('printing', () => {
  it.each([...PLAN_IDS.map((id) => `facilitator/notes/${id}/`), 'facilitator/worksheet/'])(
    '"/%s" prints on one or two pages of A4 and of Letter, without clipping',
    async (path) => {
      const { page, problems, close } = await openPage(browser());
      await page.goto(siteUrl('root', path));
      for (const format of ['A4', 'Letter'] as const) {
        const pages = await printedPages(page, format);
        expect(pages, format).toBeGreaterThanOrEqual(1);
        expect(pages, format).toBeLessThanOrEqual(2);
      }
      // Nothing wider than the paper: A4 less 1 cm margins is about 718 px.
      await page.setViewportSize({ width: 718, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      expect(problems.errors).toEqual([]);
      await close();
    },
  );

  it('the notes give every segment with its minutes, and where each link goes', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'facilitator/notes/60/'));
    await page.emulateMedia({ media: 'print' });
    const { segments } = plan('60');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(segments.map((segment) => segment.title));
    const target = await page.locator('.segment-details a').first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(target).toContain(segments[0].click[0].href);
    await close();
  });

  it('the worksheet has its five prompts, a blank grid and room to write', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'facilitator/worksheet/'));
    const words = sessionsContent().worksheet as Record<string, string>;
    expect(await page.locator('main h2').allInnerTexts()).toEqual(
      ['reflectionHeading', 'gridHeading', 'assessmentHeading', 'scenarioHeading', 'commitmentHeading'].map((key) => words[key]),
    );
    expect(await page.locator('main blockquote').innerText()).toContain('awaken a truth within us');
    const grid = page.locator('.worksheet-grid svg');
    expect(await grid.isVisible()).toBe(true);
    expect(await grid.locator('.plot-marker').count()).toBe(0);
    expect(await page.locator('.writing-space').count()).toBeGreaterThanOrEqual(6);
    await close();
  });

  it('the present view prints every segment, without its controls', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'facilitator/present/30/'));
    await hydratedPresentView(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.present-segment:visible').count()).toBe(plan('30').segments.length);
    expect(await page.locator('.present-controls').isVisible()).toBe(false);
    await close();
  });
});

describe('without JavaScript', () => {
  it.each(PLAN_IDS)('the present view of plan %s shows every segment in order, readable, with no dead controls', async (id) => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', `facilitator/present/${id}/`));
    const { segments } = plan(id);
    const headings = page.locator('.present-segment h2');
    expect(await headings.allInnerTexts()).toEqual(segments.map((segment) => segment.title));
    for (const heading of await headings.all()) expect(await heading.isVisible()).toBe(true);
    expect(await page.getByText(sessionsContent().present.withoutJavaScript).isVisible()).toBe(true);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('timer', { name: 'Time left in this segment' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Back to the facilitator guide' }).isVisible()).toBe(true);
    await close();
  });

  it.each(['facilitator/', 'facilitator/worksheet/', 'facilitator/notes/30/'])('"/%s" shows its whole content', async (path) => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', path));
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(800);
    await close();
  });
});

// Every new page is in layout.test.ts too; here the present view with its controls hydrated.
describe('on a 320 px phone', () => {
  it.each(NEW_PAGES.filter((path) => path.includes('/present/')))('"/%s" fits without sideways scrolling, its controls too', async (path) => {
    const { page, close } = await openPage(browser(), { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(siteUrl('root', path));
    await page.locator('.present-controls').scrollIntoViewIfNeeded();
    await hydratedPresentView(page);
    for (const name of [/Next/, /Start timer/, /Reset timer/]) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });
});

describe('under a sub-path', () => {
  it('the guide, the present view and its links, and Escape all stay under /mentoring/', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'facilitator/'));
    expect(await page.getByRole('link', { name: 'Present this plan on the projector' }).first().getAttribute('href')).toBe('/mentoring/facilitator/present/30/');
    await page.goto(siteUrl('sub', 'facilitator/present/30/#the-model'));
    await hydratedPresentView(page);
    expect(await page.getByRole('link', { name: /Open the live plot/ }).getAttribute('href')).toBe('/mentoring/model/#plot');
    const hrefs = await page.locator('.present-segment a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/mentoring\//);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hashOf(page)).toBe(`#${plan('30').segments[2].id}`);
    await page.keyboard.press('Escape');
    await page.waitForURL(siteUrl('sub', 'facilitator/#plan-30'));
    await page.goto(siteUrl('sub', 'facilitator/worksheet/'));
    expect(await page.getByRole('link', { name: 'Back to the facilitator guide' }).getAttribute('href')).toBe('/mentoring/facilitator/');
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (theme) => {
  it('the present view has no violations as it is used: moved, timer running, time up', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme, viewport: { width: 1280, height: 720 } });
    await page.clock.install({ time: new Date('2026-11-25T09:00:00Z') });
    await page.goto(siteUrl('root', 'facilitator/present/30/'));
    await hydratedPresentView(page);
    await page.keyboard.press('End');
    await expect.poll(() => shownHeading(page).innerText()).toBe(plan('30').segments.at(-1)!.title);
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.clock.runFor(30_000);
    expect(await axeViolations(page)).toEqual([]);
    await page.clock.runFor(plan('30').segments.at(-1)!.minutes * 60_000);
    await expect.poll(() => clockText(page)).toBe('00:00');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
