import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { guidePagePaths, siteUrl } from './support/sites';

const browser = useChromium();

describe('narrow phones', () => {
  it.each(guidePagePaths())('"/%s" fits 320 px without sideways scrolling', async (path) => {
    const { page, close } = await openPage(browser(), { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(siteUrl('root', path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });
});

describe('print', () => {
  it('prints the content without navigation chrome and spells out link targets', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'references/'));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.theme-toggle', '.prev-next', '.heading-anchor']) {
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
