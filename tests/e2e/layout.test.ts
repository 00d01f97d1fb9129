import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { openWithShortcut, search } from './support/search';
import { guidePagePaths, siteUrl } from './support/sites';
import { facilitatorPages } from './support/facilitator';

const browser = useChromium();

describe('narrow phones', () => {
  // One phone-sized browser page for the pages, one after another.
  let opened: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    opened = await openPage(browser(), { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  });
  afterAll(() => opened.close());

  it.each([...guidePagePaths(), 'search/', 'self-assessment/paper/', 'conversation-card/', 'handout/', 'share/', ...facilitatorPages()])('"/%s" fits 320 px without sideways scrolling', async (path) => {
    const { page } = opened;
    await page.goto(siteUrl('root', path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('search on a narrow phone', () => {
  it('the dialog fills a 320 px screen, with results that fit its width', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(siteUrl('root', 'model/'));
    const control = page.getByRole('button', { name: 'Search' });
    // An icon-only button still big enough for a thumb.
    const target = await control.boundingBox();
    expect(Math.min(target?.width ?? 0, target?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await control.tap();
    await search(page, 'mentoring relationship');
    const box = await page.locator('dialog.search-dialog').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 320, height: 640 });
    const overflow = await page.locator('dialog.search-dialog').evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });

  it('the dialog leaves room around it on a desktop or projector', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1600, height: 900 } });
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    const box = await page.locator('dialog.search-dialog').boundingBox();
    expect(box?.width).toBeLessThan(1000);
    expect(box?.y).toBeGreaterThan(0);
    await close();
  });
});

describe('print', () => {
  it('prints the content without navigation chrome and spells out link targets', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'references/'));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.teaching-nav', '.theme-toggle', '.search-control', '.prev-next', '.heading-anchor']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    const printedTarget = await page
      .locator('main a[href^="https://doi.org"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printedTarget).toContain('https://doi.org/');
    await close();
  });
});
