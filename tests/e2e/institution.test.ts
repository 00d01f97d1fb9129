import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { buildFolder, builtPagePaths } from './support/builtPages';
import { EXAMPLE_INSTITUTION } from './support/institution';
import { SITES, siteUrl, type SiteName } from './support/sites';

// One file makes the guide an institution's own: the sub-path build is made
// with an example content/data/institution.yaml (SITE_INSTITUTION, see
// support/institution.ts), the root build without one. The name and the
// programmes appear where readers expect them; without the file, nowhere.

const browser = useChromium();
const { organisation, programmes } = EXAMPLE_INSTITUTION;

/** A built page's HTML, read from the build folder. */
const html = (site: SiteName, path: string) =>
  readFileSync(`${buildFolder(site)}/${path.endsWith('/') || path === '' ? `${path}index.html` : path}`, 'utf8');
/** The HTML pages readers read (not the redirect pages of short addresses, which only move on). */
const readerPages = (site: SiteName) => builtPagePaths(site).filter((path) => !/http-equiv="refresh"/i.test(html(site, path)));

describe("an institution's build", () => {
  it("names the organisation in every page's footer", () => {
    const pages = readerPages('sub').filter((path) => html('sub', path).includes('<footer class="site-footer"'));
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) expect(html('sub', path).split('<footer class="site-footer"')[1], path).toContain(organisation);
  });

  it.each([
    ['the home page', ''],
    ['the handout', 'handout/'],
    ['the conversation card', 'conversation-card/'],
  ])('lists its programmes, with their links, on %s', async (_, path) => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('sub', path));
    const section = page.locator('section.institution-programmes');
    expect(await section.getByRole('heading').innerText()).toContain(organisation);
    for (const programme of programmes) {
      const link = section.getByRole('link', { name: programme.name });
      expect(await link.getAttribute('href')).toBe(programme.link);
      expect(await section.innerText()).toContain(programme.line);
    }
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('puts the organisation and its programmes in the share page\'s email', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'share/'));
    const email = await page.locator('.share-email').innerText();
    for (const programme of programmes) expect(email).toContain(programme.name);
    expect(email).toContain(organisation);
    await close();
  });

  it("draws the organisation into the link-preview images: the same page's picture differs from the generic guide's", () => {
    // The picture each build's /model/ names, read from that build's folder.
    const image = (site: SiteName) => {
      const src = html(site, 'model/').match(/<meta property="og:image" content="([^"]+\.png)">/)?.[1] ?? '';
      return readFileSync(`${buildFolder(site)}/${new URL(src, 'https://x.example').pathname.replace(SITES[site].base, '')}`);
    };
    expect(image('sub').equals(image('root'))).toBe(false);
  });
});

describe('the generic guide (no institution file)', () => {
  it('names no organisation and lists no programmes anywhere', () => {
    for (const path of readerPages('root')) {
      const page = html('root', path);
      expect(page, path).not.toContain(organisation);
      expect(page, path).not.toContain('class="institution-programmes"');
    }
  });
});
