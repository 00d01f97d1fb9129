import { existsSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { builtHtml } from './support/builtSite';
import { projectRoot, SITES, siteUrl, type SiteName } from './support/sites';

// Every page the build wrote (read from its output, so pages added later are
// covered) must make a good link in an email or a chat: title, description,
// canonical address, Open Graph and Twitter tags, and a preview image that exists.

const browser = useChromium();
const SITE_NAME = 'Informal Mentoring in Medicine';

/** The preview image's name for a page path: "" → index, "model/" → model, "404.html" → 404. */
const imageName = (path: string) => path.replace(/\/$/, '').replace(/\.html$/, '') || 'index';

async function tagsOf(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
    const keys = ['description', 'og:type', 'og:site_name', 'og:locale', 'og:title', 'og:description', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'];
    return {
      title: document.title,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      ...Object.fromEntries(keys.map((key) => [key, meta(key)])),
    } as Record<string, string | null>;
  });
}

describe.each(Object.keys(SITES) as SiteName[])('link previews on the %s build', (site) => {
  const { base, siteUrl: origin } = SITES[site];
  const pages = builtHtml(site).filter((page) => !page.redirect);

  it('has the pages expected, so the checks below cover something', () => {
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['', 'model/', 'share/', '404.html']));
  });

  // One browser page for this build's pages, one after another: only what each page's head says is read.
  let opened: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    opened = await openPage(browser());
  });
  afterAll(() => opened.close());

  it.each(pages.map((page) => page.path))('"/%s" has its title, description, canonical, Open Graph and Twitter tags', async (path) => {
    const { page } = opened;
    await page.goto(siteUrl(site, path));
    const tags = await tagsOf(page);
    const notFound = path === '404.html';
    const title = tags['og:title']!;
    // The browser tab's title is the page's title and the site's name.
    expect(tags.title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}`).toBe(tags.title);
    expect(title.length).toBeGreaterThan(0);
    expect(tags['og:description']!.length).toBeGreaterThanOrEqual(20);
    expect(tags['og:description']).toBe(tags.description);
    expect(tags).toMatchObject({
      'og:site_name': SITE_NAME,
      'og:locale': 'en_GB',
      'og:type': path === '' ? 'website' : 'article',
      'og:image:width': '1200',
      'og:image:height': '630',
      'twitter:card': 'summary_large_image',
      'twitter:title': title,
      'twitter:description': tags.description,
      'twitter:image': tags['og:image'],
    });
    expect(tags['og:image:alt']).toContain(title);
    const image = `${base}og/${imageName(path)}.png`;
    if (origin) {
      const address = notFound ? null : `${origin}${base}${path}`;
      expect(tags.canonical).toBe(address);
      expect(tags['og:url']).toBe(address);
      expect(tags['og:image']).toBe(`${origin}${image}`);
    } else {
      // Without SITE_URL there is no absolute address to give: no canonical or
      // og:url, and the image is named by its path from the host's root.
      expect(tags.canonical).toBeNull();
      expect(tags['og:url']).toBeNull();
      expect(tags['og:image']).toBe(image);
    }
  });

  it.each(pages.map((page) => page.path))('"/%s" has its preview image, a 1200 × 630 PNG served from the site', async (path) => {
    const response = await fetch(siteUrl(site, `og/${imageName(path)}.png`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1200, 630]);
  });
});

describe('preview images under a sub-path', () => {
  // Byte for byte, one build's images are checked against a second build of the
  // same commit in reproducible.test.ts; the sub-path build draws its example
  // institution's name into each (institution.test.ts), so here only the names.
  it('the root and sub-path builds draw an image for each page, named by its path alone', () => {
    const pages = builtHtml('root').filter((page) => !page.redirect);
    for (const page of pages) {
      const name = `og/${imageName(page.path)}.png`;
      expect(existsSync(`${projectRoot}${SITES.root.outDir}/${name}`), name).toBe(true);
      expect(existsSync(`${projectRoot}${SITES.sub.outDir}/${name}`), name).toBe(true);
    }
  });
});
