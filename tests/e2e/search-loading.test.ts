import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { field, openWithShortcut, resultLinks, resultPaths, search, status } from './support/search';
import { guidePagePaths, siteUrl, SITES, type SiteName } from './support/sites';

const browser = useChromium();

const UNAVAILABLE = 'Search could not load, so it is not available right now.';

// The self-assessment's quiz starts near the top of its page, so on a desktop
// screen its island is in view at once and loads its own JavaScript (and only
// that: see self-assessment.test.ts for a phone, where it waits to be scrolled to).
const ISLAND_IN_VIEW = new Set(['self-assessment/']);

describe.each(Object.keys(SITES) as SiteName[])('search loading on the %s site', (site) => {
  const base = SITES[site].base;

  it.each([...guidePagePaths(), 'search/', 'no-such-page/'])('"/%s" requests no script or search file until the reader asks', async (path) => {
    const { page, close } = await openPage(browser());
    const requested: Request[] = [];
    page.on('request', (request) => requested.push(request));
    await page.goto(siteUrl(site, path), { waitUntil: 'networkidle' });
    // On a busy machine the island in view may start loading after the network first goes quiet.
    if (ISLAND_IN_VIEW.has(path)) await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    const notDocument = requested.filter((request) => request.resourceType() !== 'document' && !request.url().endsWith('/favicon.svg'));
    const described = notDocument.map((request) => `${request.resourceType()} ${new URL(request.url()).pathname}`);
    if (ISLAND_IN_VIEW.has(path)) {
      expect(described.length).toBeGreaterThan(0);
      for (const request of described) expect(request).toMatch(new RegExp(`^script ${base}_astro/(?!search\\.)[\\w.-]+\\.js$`));
    } else {
      expect(described).toEqual([]);
    }
    await close();
  });

  it('loads the search module and Pagefind from the base path when opened, and result links keep the base', async () => {
    const { page, problems, close } = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(siteUrl(site, 'references/'));
    await openWithShortcut(page);
    await search(page, 'clone');
    expect(requested).toContain(`${base}pagefind/pagefind.js`);
    expect(requested.some((path) => path.startsWith(`${base}_astro/search.`) && path.endsWith('.js'))).toBe(true);
    expect(requested.filter((path) => path.includes('pagefind') && !path.startsWith(`${base}pagefind/`))).toEqual([]);
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.startsWith(base)).toBe(true);
    await resultLinks(page).first().click();
    await page.waitForURL((url) => url.pathname === `${base}dos-and-donts/`);
    await page.locator('main mark.pagefind-highlight').first().waitFor();
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe('when search cannot load', () => {
  it('the dialog says so in words if the index is unreachable (offline, blocked)', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.goto(siteUrl('root', 'model/'));
    await openWithShortcut(page);
    await page.waitForFunction(() => Boolean(document.querySelector('[data-search-status]')?.textContent));
    expect(await status(page).textContent()).toContain(UNAVAILABLE);
    // Typing tries again, and says the same while it still fails.
    await page.keyboard.type('vision');
    await page.waitForFunction(() => /could not load/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await status(page).textContent()).toContain(UNAVAILABLE);
    expect(await resultLinks(page).count()).toBe(0);
    // The only errors are the browser's own reports of the refused requests.
    expect(problems.errors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await close();
  });

  it('the dialog says so if the search module itself cannot load', async () => {
    const { page, close } = await openPage(browser());
    await page.route('**/_astro/search.*', (route) => route.abort('internetdisconnected'));
    await page.goto(siteUrl('root'));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForFunction(() => Boolean(document.querySelector('[data-search-status]')?.textContent));
    expect(await status(page).textContent()).toContain(UNAVAILABLE);
    await close();
  });

  it('search recovers when the connection comes back', async () => {
    const { page, close } = await openPage(browser());
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await page.waitForFunction(() => Boolean(document.querySelector('[data-search-status]')?.textContent));
    await page.unroute('**/pagefind/**');
    expect(await search(page, 'CIMER')).toMatch(/^1 page matches/);
    await close();
  });

  it('search recovers when only the engine and the index failed to load (Pagefind itself loaded)', async () => {
    const { page, close } = await openPage(browser());
    const blocked = ['**/pagefind/*.pagefind', '**/pagefind/pagefind-entry.json*', '**/pagefind/index/**'];
    for (const pattern of blocked) await page.route(pattern, (route) => route.abort('internetdisconnected'));
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await field(page).fill('clone');
    await page.waitForFunction(() => /could not/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    for (const pattern of blocked) await page.unroute(pattern);
    await field(page).fill('');
    expect(await search(page, 'CIMER')).toMatch(/^1 page matches/);
    await close();
  });
});
