import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEST_ANSWERS, completeQuiz, hydratedQuiz } from './support/assessment';
import { launchChromium } from './support/browser';
import { copyProject, type ProjectCopy } from './support/build';
import { buildFolder, builtPagePaths } from './support/builtPages';
import { plan } from './support/facilitator';
import { settledIsland } from './support/islands';
import { currentQuadrant, hydratedPlot, PLOT } from './support/plot';
import { openWithShortcut, search } from './support/search';
import { SITES, type SiteName } from './support/sites';
import { serveStatic, type StaticHost } from '../../scripts/static-host.mjs';

// Offline reading: after one visit, the service worker has precached the site,
// so with the host gone and the browser offline the guide pages, the plot, the
// self-assessment, search and a session's room view still work; and a new deployment's pages replace
// the old ones. Each test serves its own copy of a build (so it can take it
// away or rebuild it) and allows service workers.

let browser: Browser;
const copies: string[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

function copyOf(folder: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'mentoring-offline-'));
  copies.push(copy);
  cpSync(folder, copy, { recursive: true });
  return copy;
}

/** Visits a page and waits until the service worker controls it (installed with the whole precache). */
async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

describe.each(Object.keys(SITES) as SiteName[])('the %s build, offline after one visit', (name) => {
  let host: StaticHost;
  beforeAll(async () => {
    host = await serveStatic(copyOf(buildFolder(name)), SITES[name].base);
  });
  afterAll(() => host.close());

  it('serves every page, the plot, the self-assessment and search with no network', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await firstVisit(page, host.url());

    // Everything the worker keeps is from the site itself, under its base path.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(10);
    for (const url of cached) expect(url.startsWith(host.url())).toBe(true);

    await host.close();
    await context.setOffline(true);
    expect(await fetch(host.url()).then(() => 'reached', () => 'unreachable')).toBe('unreachable');

    for (const path of builtPagePaths(name).filter((path) => path !== '404.html')) {
      const response = await page.goto(host.url(path));
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBe(1);
    }

    // The plot, from a shared link (query strings find the cached page too), moved by keys.
    await page.goto(host.url('model/?support=8&challenge=3#plot'));
    await hydratedPlot(page);
    expect(await currentQuadrant(page)).toBe('Confirmation');
    await page.locator(`${PLOT} .plot-marker`).focus();
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowUp');
    expect(await currentQuadrant(page)).toBe('Growth');

    // The self-assessment, completed to its results.
    await page.goto(host.url('self-assessment/'));
    await hydratedQuiz(page);
    await completeQuiz(page, BEST_ANSWERS);
    expect(await page.locator('.sa-results').count()).toBe(1);

    // Search, from the precached index.
    await page.goto(host.url('model/'));
    await openWithShortcut(page);
    expect(await search(page, 'free labour')).toBe('2 pages match “free labour”.');

    // The room view of a session plan, its live part hydrated and following the keys.
    await page.goto(host.url('facilitator/room/30/'));
    await settledIsland(page, '.room-live');
    await page.keyboard.press('PageDown');
    await page.waitForURL(host.url(`facilitator/room/30/${plan('30').segments[1].id}/`));
    await settledIsland(page, '.room-live');

    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a new deployment', () => {
  let project: ProjectCopy;
  let served: string;
  let host: StaticHost;
  beforeAll(async () => {
    served = copyOf(buildFolder('root'));
    host = await serveStatic(served, SITES.root.base);
    project = copyProject();
  });
  afterAll(async () => {
    await host.close();
    project.remove();
  });

  it("replaces the old pages in the reader's cache with the new build's", async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await firstVisit(page, host.url('model/'));
    const added = 'This sentence arrived with the new deployment.';
    expect(await page.getByText(added).count()).toBe(0);

    // The same site rebuilt with one page changed, and deployed over the folder being served.
    project.edit('content/guide/model.mdx', (text) => text.replace('## Support, challenge and vision', `${added}\n\n## Support, challenge and vision`));
    const build = await project.build('root');
    expect(build.status, build.output).toBe(0);
    for (const entry of readdirSync(served)) rmSync(join(served, entry), { recursive: true, force: true });
    cpSync(project.dist, served, { recursive: true });

    // The reader comes back: the page may first come from the old cache while
    // the browser finds the new worker, which installs the new files and takes over.
    await page.evaluate(() => {
      (window as unknown as { changed: Promise<unknown> }).changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.evaluate(() => (window as unknown as { changed: Promise<unknown> }).changed);
    await page.reload();
    expect(await page.getByText(added).count()).toBe(1);

    // And offline, the new page is what the cache holds; the old precache is gone.
    await host.close();
    await context.setOffline(true);
    await page.goto(host.url('model/'));
    expect(await page.getByText(added).count()).toBe(1);
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames.filter((cacheName) => cacheName.includes('precache'))).toHaveLength(1);
    await context.close();
  }, 180_000);
});
