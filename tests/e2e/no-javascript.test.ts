import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { guidePagePaths, siteUrl } from './support/sites';

const browser = useChromium();

describe('with JavaScript disabled', () => {
  it.each(guidePagePaths())('"/%s" shows its whole content and working navigation', async (path) => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', path));
    expect(await page.locator('h1').isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(800);
    expect(await page.getByRole('navigation', { name: 'Guide' }).getByRole('link').count()).toBe(guidePagePaths().length);
    await close();
  });

  it('the model page shows the four-quadrant figure and its text description', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'model/'));
    const figure = page.locator('figure.quadrant-figure');
    expect(await figure.locator('svg').isVisible()).toBe(true);
    const description = await figure.locator('dl').innerText();
    for (const name of ['Stasis', 'Confirmation', 'Retreat', 'Growth']) expect(description).toContain(name);
    await close();
  });
});
