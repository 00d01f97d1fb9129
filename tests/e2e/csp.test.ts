import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeQuiz, BEST_ANSWERS, hydratedQuiz } from './support/assessment';
import { launchChromium } from './support/browser';
import { builtPagePaths, buildFolder } from './support/builtPages';
import { gridPoint, hydratedPlot, markerCentre, PLOT } from './support/plot';
import { openWithShortcut, search } from './support/search';
import { SITES, siteUrl, type SiteName } from './support/sites';
import type { Browser } from 'playwright-core';

// The site under its strict Content-Security-Policy, as a host deploys it: both
// builds served (by the global setup's static host) with the headers the build
// generated (`_headers`: the header policy with frame-ancestors,
// Referrer-Policy and the rest) on top of each page's own <meta> policy. Every
// built page, found in the output, and every interaction that runs code
// (search, the plot, the self-assessment, the theme toggle, print, the service
// worker) must cause no CSP violation and no console error. Each page is
// checked with its islands hydrated and the service worker blocked (its
// background precaching of the whole site is the same on every page); the
// worker itself is installed, and serves pages, in a test of its own per build.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Violations seen by the page (securitypolicyviolation events) and any console error, from pages and workers. */
  problems: () => Promise<string[]>;
  /** Forgets the console errors seen so far (the page's own list goes with each navigation). */
  forget: () => void;
}

async function watchedPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`));
  });
  const page = await context.newPage();
  const messages: string[] = [];
  const record = (where: string) => (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) messages.push(`${where}: ${message.text()}`);
  };
  page.on('console', record('page'));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('worker', (worker) => worker.on('console', record(`worker ${worker.url()}`)));
  context.on('serviceworker', (worker) => worker.on('console', record(`service worker ${worker.url()}`)));
  const problems = async () => {
    const inPage = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations).catch(() => []);
    return [...inPage, ...messages];
  };
  return { page, context, problems, forget: () => void (messages.length = 0) };
}

/** Scrolls each island of the page into view in turn, and waits until it has hydrated (Astro drops its ssr attribute). */
async function hydrateEveryIsland(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island')) {
      (island.firstElementChild ?? island).scrollIntoView({ behavior: 'instant', block: 'center' });
      await new Promise<void>((hydrated) => {
        if (!island.hasAttribute('ssr')) return hydrated();
        const observer = new MutationObserver(() => {
          if (island.hasAttribute('ssr')) return;
          observer.disconnect();
          hydrated();
        });
        observer.observe(island, { attributes: true, attributeFilter: ['ssr'] });
      });
    }
  });
}

/** Waits until the page is controlled by the service worker, installed with its whole precache. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

describe.each(Object.keys(SITES) as SiteName[])('the %s build under its generated headers', (name) => {
  const url = (path: string) => siteUrl(name, path);

  it('sends the generated security headers, with a header CSP that has no unsafe-inline', async () => {
    const response = await fetch(url('model/'));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/unsafe-eval(?!')|'unsafe-eval'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  // One browser page for the build's pages, one after another (as a reader goes
  // from page to page): each navigation starts a fresh document and its own list
  // of violations, and the console errors are forgotten before each page.
  let watched: Watched;
  beforeAll(async () => {
    watched = await watchedPage();
  });
  afterAll(() => watched.context.close());

  it.each(builtPagePaths(name))('/%s loads, its islands hydrated, with no CSP violation or console error', async (path) => {
    const { page, problems, forget } = watched;
    forget();
    // The not-found page as readers meet it: at an address the site does not have.
    const response = await page.goto(url(path === '404.html' ? 'no-such-page/' : path));
    expect(response?.status()).toBe(path === '404.html' ? 404 : 200);
    // Every island's code and styles have loaded once it has hydrated, and the
    // page's images and styles by its load event: nothing else is fetched unasked.
    await hydrateEveryIsland(page);
    await page.waitForLoadState('load');
    // Chromium reports the not-found page's own 404 status as a console error.
    const expected = path === '404.html' ? [/^page: Failed to load resource: the server responded with a status of 404/] : [];
    const unexpected = (await problems()).filter((problem) => !expected.some((pattern) => pattern.test(problem)));
    expect(unexpected).toEqual([]);
  });

  it('the service worker installs, precaches the site and serves its pages, with no CSP violation or console error', async () => {
    const { page, context, problems } = await watchedPage({ serviceWorkers: 'allow' });
    await page.goto(url(''));
    await controlledByServiceWorker(page);
    expect(context.serviceWorkers().map((worker) => new URL(worker.url()).pathname)).toEqual([`${SITES[name].base}sw.js`]);
    // Pages (with an island) now come from the worker's cache.
    const response = await page.goto(url('model/'));
    expect(response?.fromServiceWorker()).toBe(true);
    await hydrateEveryIsland(page);
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await context.close();
  });
});

describe('interactions under the strict policy (root build, generated headers)', () => {
  const url = (path: string) => siteUrl('root', path);

  it('search: the dialog, a query, a result opened with its words highlighted, and the search page', async () => {
    const { page, context, problems } = await watchedPage();
    await page.goto(url('model/'));
    await openWithShortcut(page);
    expect(await search(page, 'free labour')).toBe('2 pages match “free labour”.');
    await page.locator('[data-search-results] a[href*="#seek-free-labour"]').click();
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await page.goto(url('search/?q=vision'));
    await page.waitForFunction(() => /“vision”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('the plot: drag, arrow keys, copy link and projector mode', async () => {
    const { page, context, problems } = await watchedPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('root')).origin });
    await page.goto(url('model/'));
    await hydratedPlot(page);
    const start = await markerCentre(page);
    const target = await gridPoint(page, 0.85, 0.75);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y, { steps: 8 });
    await page.mouse.up();
    await page.locator(`${PLOT} .plot-marker`).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('support=');
    await page.getByRole('button', { name: 'Present full screen' }).click();
    await page.keyboard.press('Escape');
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('the self-assessment completed with results, printed', async () => {
    const { page, context, problems } = await watchedPage();
    await page.goto(url('self-assessment/'));
    await hydratedQuiz(page);
    await completeQuiz(page, BEST_ANSWERS);
    await page.locator('.sa-results svg').first().waitFor();
    await page.getByRole('button', { name: 'Print results' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('the theme toggle, and print styles, on a guide page', async () => {
    const { page, context, problems } = await watchedPage({ colorScheme: 'light' });
    await page.goto(url('dos-and-donts/'));
    await page.locator('[data-theme-toggle]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    await page.pdf();
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it("control: a header policy without one of the page's script hashes reports the violation", async () => {
    const { page, context, problems } = await watchedPage();
    const html = readFileSync(`${buildFolder('root')}/index.html`, 'utf8');
    const scriptHash = html.match(/script-src 'self' 'wasm-unsafe-eval' ('sha256-[^']+')/)?.[1] ?? 'missing';
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replaceAll(scriptHash, '');
      await route.fulfill({ response, headers });
    });
    await page.goto(url(''));
    await expect.poll(problems).not.toEqual([]);
    expect((await problems()).join('\n')).toMatch(/script-src/);
    // The service worker may still be fetching through the route when the test ends.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  it('the header CSP names every hash that a page policy names (the generated file matches the pages)', () => {
    for (const name of Object.keys(SITES) as SiteName[]) {
      const header = readFileSync(`${buildFolder(name)}/_headers`, 'utf8');
      for (const path of builtPagePaths(name)) {
        const html = readFileSync(`${buildFolder(name)}/${path.endsWith('/') || path === '' ? `${path}index.html` : path}`, 'utf8');
        const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/)?.[1];
        if (!meta) continue;
        for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(header, `${name} ${path}`).toContain(hash);
      }
    }
  });
});
