import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { answerFor, dialog, field, focusedElement, resultPaths, search } from './support/search';
import { guidePagePaths, siteUrl, SITES, type SiteName } from './support/sites';

const browser = useChromium();

describe.each(Object.keys(SITES) as SiteName[])('the search page on the %s site', (site) => {
  const base = SITES[site].base;

  it('searches for the query in a link (?q=), so a facilitator can share a search', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl(site, 'search/?q=free+labour'));
    // The search module puts the link's query in the field as it starts, and answers it.
    expect(await answerFor(page, 'free labour')).toBe('2 pages match “free labour”.');
    expect(await field(page).inputValue()).toBe('free labour');
    expect(await resultPaths(page)).toContain(`${base}dos-and-donts/#seek-free-labour`);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps the query in the address as the reader types, and Ctrl+K returns to the field', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl(site, 'search/'));
    await field(page).focus();
    await search(page, 'vision');
    expect(new URL(page.url()).searchParams.get('q')).toBe('vision');
    await search(page, 'free labour');
    expect(new URL(page.url()).search).toBe('?q=free+labour');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await focusedElement(page)).toBe('search-page-field');
    // The search page has its field in the page, not a dialog.
    expect(await dialog(page).count()).toBe(0);
    await close();
  });
});

describe('without JavaScript', () => {
  it('the header control is a link to the search page', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('sub', 'model/'));
    expect(await page.getByRole('button', { name: 'Search' }).isVisible()).toBe(false);
    const link = page.locator('header').getByRole('link', { name: 'Search' });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(siteUrl('sub', 'search/'));
    await close();
  });

  it('the search page says search needs JavaScript and lists every page and section', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'search/'));
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await field(page).isVisible()).toBe(false);
    const links = await page
      .locator('main .contents a')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname + new URL((anchor as HTMLAnchorElement).href).hash));
    for (const path of guidePagePaths()) expect(links).toContain(`/${path}`);
    expect(links).toContain('/dos-and-donts/#donts');
    await close();
  });

  it('with JavaScript, the message is hidden and the field shown', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'search/'));
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(false);
    expect(await field(page).isVisible()).toBe(true);
    await close();
  });
});
