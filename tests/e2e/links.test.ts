import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { siteUrl, SITES, type SiteName } from './support/sites';

const browser = useChromium();

/** Every URL a page points at: links, stylesheets, scripts, images, icons. */
function collectUrls() {
  const urls = [
    ...[...document.querySelectorAll('a[href], link[href]')].map((element) => (element as HTMLAnchorElement).href),
    ...[...document.querySelectorAll('script[src], img[src], source[src]')].map((element) => (element as HTMLImageElement).src),
  ];
  return urls;
}

describe.each(Object.keys(SITES) as SiteName[])('links on the %s site', (site) => {
  it('every internal link, section anchor and asset resolves, and no request leaves the origin', async () => {
    const origin = new URL(siteUrl(site)).origin;
    const base = SITES[site].base;
    const { page, problems, close } = await openPage(browser());
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) offOrigin.push(request.url());
    });

    const toVisit = [siteUrl(site)];
    const visited = new Set<string>();
    const anchors: { from: string; url: string }[] = [];
    const broken: string[] = [];
    /** The ids on each page visited, as it is once loaded: what a #section link needs. */
    const idsOn = new Map<string, Set<string>>();

    while (toVisit.length > 0) {
      const url = toVisit.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      const response = await page.goto(url);
      if (response?.status() !== 200) {
        broken.push(`${url} -> ${response?.status()}`);
        continue;
      }
      idsOn.set(url, new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id))));
      for (const target of await page.evaluate(collectUrls)) {
        const parsed = new URL(target);
        if (parsed.origin !== origin) continue;
        expect(parsed.pathname.startsWith(base), `${target} on ${url} is outside the base path`).toBe(true);
        // Each distinct anchor is checked once, however many pages link to it.
        if (parsed.hash && !anchors.some((anchor) => anchor.url === target)) anchors.push({ from: url, url: target });
        parsed.hash = '';
        const clean = parsed.href;
        if (visited.has(clean) || toVisit.includes(clean)) continue;
        if (parsed.pathname.endsWith('/')) toVisit.push(clean);
        else {
          visited.add(clean);
          const asset = await page.request.get(clean);
          if (asset.status() !== 200) broken.push(`${clean} (from ${url}) -> ${asset.status()}`);
        }
      }
    }

    // Every page an anchor points into has been visited (it is an internal page link too).
    for (const { from, url } of anchors) {
      const target = new URL(url);
      const id = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      const ids = idsOn.get(target.href);
      if (!ids) broken.push(`${url} (from ${from}): its page was not visited`);
      else if (!ids.has(id)) broken.push(`${url} (from ${from}): no element with id "${id}"`);
    }

    expect(broken).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(visited.size).toBeGreaterThan(5);
    await close();
    // The whole site, page by page: longer than one test's usual minute.
  }, 180_000);
});
