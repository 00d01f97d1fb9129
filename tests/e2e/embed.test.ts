import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations, openPage, useChromium } from './support/browser';
import { EMBED_HOSTS, siteUrl, type SiteName } from './support/sites';

// The embed pages inside a frame of a course page from another origin, served
// with the build's generated headers: the example institution (the sub-path
// build) allows EMBED_HOSTS.allowed to frame /embed/* and nothing else; the
// generic guide (root) allows no one. The course page sizes its frame by
// Canvas's lti.frameResize or by H5P's resizer protocol (a minimal host side
// of each, written here), or leaves it at its fallback height.

const browser = useChromium();
const FALLBACK = 900;

/** A course page: one frame of `src`, and the host side of one resizing protocol, or none. */
function coursePage(src: string, protocol: string, hidden: boolean): string {
  const hosts: Record<string, string> = {
    canvas: `addEventListener('message', (event) => {
      if (event.data && event.data.subject === 'lti.frameResize' && event.source === frame.contentWindow) frame.style.height = event.data.height + 'px';
    });`,
    h5p: `addEventListener('message', (event) => {
      const data = event.data;
      if (!data || data.context !== 'h5p' || event.source !== frame.contentWindow) return;
      const respond = (action) => event.source.postMessage({ context: 'h5p', action }, event.origin);
      if (data.action === 'hello') respond('hello');
      else if (data.action === 'prepareResize') { frame.style.height = data.clientHeight + 'px'; respond('resizePrepared'); }
      else if (data.action === 'resize') frame.style.height = data.scrollHeight + 'px';
    });`,
    none: '',
  };
  return `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
    <h1>Week 1</h1>
    <div id="tab" ${hidden ? 'hidden' : ''}><iframe id="frame" src="${src}" title="Embedded" width="100%" height="${FALLBACK}" style="width: 100%; border: 0;"></iframe></div>
    <script>const frame = document.getElementById('frame'); ${hosts[protocol]}</script>
  </body></html>`;
}

const servers: Server[] = [];
beforeAll(async () => {
  for (const origin of Object.values(EMBED_HOSTS)) {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', origin);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(coursePage(url.searchParams.get('src') ?? '', url.searchParams.get('protocol') ?? 'none', url.searchParams.has('hidden')));
    });
    await new Promise<void>((listening) => server.listen(Number(new URL(origin).port), '127.0.0.1', listening));
    servers.push(server);
  }
});
afterAll(async () => {
  for (const server of servers) await new Promise((closed) => server.close(closed));
});

/** Opens a course page framing `path` of `site`. */
async function openCoursePage(page: Page, host: string, site: SiteName, path: string, protocol: string, hidden = false): Promise<void> {
  const query = new URLSearchParams({ src: siteUrl(site, path), protocol });
  if (hidden) query.set('hidden', '');
  await page.goto(`${host}/?${query}`);
}

/** The frame's page, once its content has loaded and its islands hydrated. */
async function embedded(page: Page): Promise<Frame> {
  const frame = page.frameLocator('#frame');
  await frame.locator('[data-embed-frame] [data-settled]').first().waitFor({ state: 'attached' });
  return (await page.locator('#frame').elementHandle())!.contentFrame().then((found) => found!);
}

const frameHeight = (page: Page) => page.locator('#frame').evaluate((frame) => frame.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollHeight);

describe.each(['embed/plot/', 'embed/self-assessment/'])('%s in a course page of an allowed origin', (path) => {
  it.each(['canvas', 'h5p'])('is sized to its content by the %s protocol, with nothing to scroll inside', async (protocol) => {
    const { page, close } = await openPage(browser());
    await openCoursePage(page, EMBED_HOSTS.allowed, 'sub', path, protocol);
    const frame = await embedded(page);
    await expect.poll(() => frameHeight(page)).not.toBe(FALLBACK);
    // Settled: the frame is as tall as the content, which does not grow with it (no vh, no loop).
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(4);
    expect(await frame.locator('h1').innerText()).not.toBe('');
    expect(await frame.locator('.embed-full-guide a').getAttribute('target')).toBe('_blank');
    await close();
  });

  it('keeps its fallback height, and works, where the page runs neither protocol', async () => {
    const { page, close } = await openPage(browser());
    await openCoursePage(page, EMBED_HOSTS.allowed, 'sub', path, 'none');
    const frame = await embedded(page);
    expect(await frameHeight(page)).toBe(FALLBACK);
    expect(await frame.locator('h1').isVisible()).toBe(true);
    await close();
  });

  it('is sized when its frame starts in a hidden tab and is then shown', async () => {
    const { page, close } = await openPage(browser());
    await openCoursePage(page, EMBED_HOSTS.allowed, 'sub', path, 'canvas', true);
    await page.locator('#tab').evaluate((tab) => tab.removeAttribute('hidden'));
    const frame = await embedded(page);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(4);
    expect(await frameHeight(page)).toBeGreaterThan(100);
    await close();
  });
});

describe('framing refused', () => {
  it.each([
    ['an origin the institution did not allow', EMBED_HOSTS.refused, 'sub', 'embed/plot/'],
    ['any origin, for the generic guide', EMBED_HOSTS.allowed, 'root', 'embed/plot/'],
    ['any page outside /embed/', EMBED_HOSTS.allowed, 'sub', 'model/'],
  ] as const)('by %s', async (_, host, site, path) => {
    const { page, close } = await openPage(browser());
    const refused = new Promise<string>((resolve) => page.on('console', (message) => /frame-ancestors/.test(message.text()) && resolve(message.text())));
    await openCoursePage(page, host, site, path, 'canvas');
    expect(await refused).toMatch(/^Framing '[^']+' violates the following Content Security Policy directive: "frame-ancestors 'self'/);
    await close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core in a frame, %s theme', (theme) => {
  it.each(['embed/plot/', 'embed/self-assessment/'])('finds nothing on %s', async (path) => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await page.goto(siteUrl('sub', path));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
