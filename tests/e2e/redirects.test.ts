import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, useChromium } from './support/browser';
import { aliasesFromContent, builtHtml } from './support/builtSite';
import { SITES, siteUrl, type SiteName } from './support/sites';

// Short and old addresses (content/data/aliases.yaml) open their page, on both
// builds, keeping a #section and a ?query the reader's link carried.

const browser = useChromium();
const ALIASES = aliasesFromContent();

/** Where an alias should land, as a path from the host root with its section. */
const landing = (site: SiteName, to: string) => `${SITES[site].base}${to.replace(/^\//, '')}`;

describe.each(Object.keys(SITES) as SiteName[])('aliases on the %s build', (site) => {
  it('the content file has aliases, each with a redirect page in the build', () => {
    expect(ALIASES.length).toBeGreaterThan(0);
    const redirects = builtHtml(site).filter((page) => page.redirect).map((page) => `/${page.path}`);
    expect(redirects.sort()).toEqual(ALIASES.map((alias) => alias.from).sort());
  });

  // One browser page for this build's aliases, one after another, its console errors counted alias by alias.
  let opened: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    opened = await openPage(browser());
  });
  afterAll(() => opened.close());

  it.each(ALIASES)('$from opens $to', async ({ from, to }) => {
    const { page, problems } = opened;
    problems.errors.length = 0;
    await page.goto(siteUrl(site, from));
    await page.waitForURL((url) => !url.pathname.endsWith(from));
    const url = new URL(page.url());
    expect(`${url.pathname}${url.hash}`).toBe(landing(site, to));
    expect(problems.errors).toEqual([]);
  });

  it('keeps the section and the query of the link the reader followed', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl(site, 'dos/#track-progress'));
    await page.waitForURL(/dos-and-donts/);
    expect(new URL(page.url()).hash).toBe('#track-progress');
    await page.goto(siteUrl(site, 'grid/?support=8&challenge=3'));
    await page.waitForURL(/model/);
    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}${url.hash}`).toBe(`${SITES[site].base}model/?support=8&challenge=3#plot`);
    await close();
  });

  it('works without JavaScript (the meta refresh)', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl(site, 'quiz/'));
    await page.waitForURL(/self-assessment/);
    expect(new URL(page.url()).pathname).toBe(`${SITES[site].base}self-assessment/`);
    await close();
  });

  it('a redirect page asks not to be indexed, names its page as canonical and links to it', async () => {
    // A 204 answer to the meta refresh leaves the browser on the redirect page, to read it.
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    let refreshed: () => void = () => {};
    const refreshAnswered = new Promise<void>((resolve) => (refreshed = resolve));
    await page.route(/self-assessment\/$/, async (route) => {
      await route.fulfill({ status: 204 });
      refreshed();
    });
    await page.goto(siteUrl(site, 'quiz/'), { waitUntil: 'domcontentloaded' });
    // The meta refresh has gone for its page and been answered: the browser stays here.
    await refreshAnswered;
    expect(new URL(page.url()).pathname).toBe(`${SITES[site].base}quiz/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    const target = `${SITES[site].siteUrl}${SITES[site].base}self-assessment/`;
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(target);
    const link = page.getByRole('link', { name: 'How do I mentor? A self-assessment' });
    expect(await link.getAttribute('href')).toBe(`${SITES[site].base}self-assessment/`);
    expect(await link.isVisible()).toBe(true);
    await close();
  });
});

describe.each(['light', 'dark'] as const)('a redirect page, %s theme', (theme) => {
  it('has no axe violations', async () => {
    // A 204 answer to the redirect leaves the browser on the redirect page (axe needs JavaScript on).
    const { page, close } = await openPage(browser(), { colorScheme: theme });
    let redirected: () => void = () => {};
    const redirectAnswered = new Promise<void>((resolve) => (redirected = resolve));
    await page.route(/model\/$/, async (route) => {
      await route.fulfill({ status: 204 });
      redirected();
    });
    await page.goto(siteUrl('root', 'vision/'), { waitUntil: 'commit' });
    await page.locator('h1').waitFor();
    // The redirect has gone for its page and been answered: the browser stays here.
    await redirectAnswered;
    expect(new URL(page.url()).pathname).toBe('/vision/');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
