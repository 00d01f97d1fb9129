import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { builtHtml } from './support/builtSite';
import { SITES, siteUrl } from './support/sites';

// The sitemap lists every real page (not the 404 page, not the redirect pages
// of aliases), and robots.txt points to it; both follow the base path.

const browser = useChromium();

describe('sitemap and robots.txt', () => {
  it('the root build has a sitemap of exactly its real pages', async () => {
    const { page, close } = await openPage(browser());
    const index = await (await page.request.get(siteUrl('root', 'sitemap-index.xml'))).text();
    expect(index).toContain(`<loc>${SITES.root.siteUrl}/sitemap-0.xml</loc>`);
    const sitemap = await (await page.request.get(siteUrl('root', 'sitemap-0.xml'))).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url).sort();
    const expected = builtHtml('root')
      .filter((built) => !built.redirect && built.path !== '404.html')
      .map((built) => `${SITES.root.siteUrl}/${built.path}`)
      .sort();
    expect(listed).toEqual(expected);
    expect(listed).toContain(`${SITES.root.siteUrl}/share/`);
    expect(listed).not.toContain(`${SITES.root.siteUrl}/quiz/`);
    await close();
  });

  it('the root build\'s robots.txt allows crawling and names the sitemap', async () => {
    const { page, close } = await openPage(browser());
    const response = await page.request.get(siteUrl('root', 'robots.txt'));
    expect(response.headers()['content-type']).toContain('text/plain');
    expect(await response.text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITES.root.siteUrl}/sitemap-index.xml\n`);
    await close();
  });

  it('the sub-path build, without SITE_URL, has a base-aware robots.txt and no sitemap (a sitemap needs full addresses)', async () => {
    const { page, close } = await openPage(browser());
    expect(await (await page.request.get(siteUrl('sub', 'robots.txt'))).text()).toBe('User-agent: *\nAllow: /mentoring/\n');
    expect((await page.request.get(siteUrl('sub', 'sitemap-index.xml'))).status()).toBe(404);
    await close();
  });
});
