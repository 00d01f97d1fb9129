import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { guidePagePaths, siteUrl, SITES, type SiteName } from './support/sites';

const browser = useChromium();

describe.each(Object.keys(SITES) as SiteName[])('navigation on the %s site', (site) => {
  it('lists every guide page in the header and marks the current one', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl(site, 'model/'));
    const nav = page.getByRole('navigation', { name: 'Guide' });
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect([...hrefs].sort()).toEqual(guidePagePaths().map((path) => `${SITES[site].base}${path}`).sort());
    await expect(nav.locator('[aria-current="page"]').textContent()).resolves.toBe('The mentoring model');
    await nav.getByRole('link', { name: 'References' }).click();
    await page.waitForURL(siteUrl(site, 'references/'));
    expect(await page.locator('h1').textContent()).toBe('References');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('has the pages for teaching in a second group behind a button, by keyboard, open on its own pages', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl(site, 'model/'));
    const teaching = page.getByRole('navigation', { name: 'Teaching' });
    // Closed on a guide page: only its button shows.
    expect(await teaching.getByRole('link').first().isVisible()).toBe(false);
    await teaching.locator('summary').focus();
    await page.keyboard.press('Enter');
    const links = teaching.getByRole('link');
    expect(await links.allInnerTexts()).toEqual(['Session plans', 'Conversation card', 'Handout', 'Share this guide']);
    await links.filter({ hasText: 'Handout' }).click();
    await page.waitForURL(siteUrl(site, 'handout/'));
    // On one of its pages the group is open, with that page marked.
    expect(await teaching.locator('[aria-current="page"]').innerText()).toBe('Handout');
    expect(await teaching.locator('details').getAttribute('open')).not.toBeNull();
    for (const [label, path] of [['Session plans', 'facilitator/'], ['Conversation card', 'conversation-card/'], ['Share this guide', 'share/']]) {
      await teaching.getByRole('link', { name: label }).click();
      await page.waitForURL(siteUrl(site, path));
    }
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('walks the whole guide with Next and back with Previous, in navigation order', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl(site));
    const navOrder = await page
      .getByRole('navigation', { name: 'Guide' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));

    const forward = [page.url()];
    while (await page.locator('a[rel="next"]').count()) {
      await page.locator('a[rel="next"]').click();
      await page.waitForLoadState();
      forward.push(page.url());
    }
    expect(forward).toEqual(navOrder);

    const backward = [page.url()];
    while (await page.locator('a[rel="prev"]').count()) {
      await page.locator('a[rel="prev"]').click();
      await page.waitForLoadState();
      backward.push(page.url());
    }
    expect(backward).toEqual([...navOrder].reverse());
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('links to the page for learners from the home page and the conversation card', async () => {
    const { page, problems, close } = await openPage(browser());
    for (const from of ['', 'conversation-card/']) {
      await page.goto(siteUrl(site, from));
      await page.locator(`main a[href="${SITES[site].base}learners/"]`).first().click();
      await page.waitForURL(siteUrl(site, 'learners/'));
      expect(await page.locator('h1').textContent(), from).toBe('For learners: finding mentors on a short rotation');
    }
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('serves the helpful 404 page for an unknown address', async () => {
    const { page, close } = await openPage(browser());
    const response = await page.goto(siteUrl(site, 'no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(`${SITES[site].base}model/`);
    await close();
  });
});

describe('skip link', () => {
  it('is the first thing Tab reaches and moves focus to the main content', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'making-it-work/'));
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to content');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await close();
  });
});

describe('page metadata', () => {
  it.each(guidePagePaths())('"/%s" has a title, a description and a canonical link on SITE_URL', async (path) => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', path));
    expect(await page.title()).toMatch(/Informal Mentoring in Medicine/);
    expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(20);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITES.root.siteUrl}/${path}`);
    await close();
  });

  it('omits the canonical link when SITE_URL is not set', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'model/'));
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    await close();
  });

  it('shows the page\'s "last reviewed" date in the footer', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'dos-and-donts/'));
    const time = page.locator('footer time');
    expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('footer').textContent()).toContain('Last reviewed:');
    await close();
  });
});
