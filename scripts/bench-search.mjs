// Search benchmark, run by scripts/bench.mjs after the page sizes. Serves the
// built site, opens search in Chromium and reports what the first query
// fetches (the search module, Pagefind's scripts, WebAssembly and index
// chunks) and how long it takes from typing to results in the page, on a
// desktop and on a throttled phone profile. Timings vary between machines:
// they are reported, never checked against a budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-host.mjs';

const PAGE = 'model/';
const FIRST_QUERY = 'free labour';
const SECOND_QUERY = 'feedback';
/** A steady typing pace for a reader on a phone. */
const KEYS_PER_SECOND = 5;

// A mid-range phone on a poor hospital connection: about "slow 4G", with the
// CPU slowed four times (Chrome DevTools' mid-tier mobile preset).
const PROFILES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  {
    name: 'phone (slow 4G, 4x slower CPU)',
    viewport: { width: 390, height: 844 },
    cpuSlowdown: 4,
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  },
];

/**
 * Milliseconds from the reader's last keystroke to the status line answering
 * for `query` (the results are rendered just before it). `keysPerSecond`
 * types the query key by key, as a reader does; without it the query arrives
 * in one go, as from a paste.
 */
async function timeQuery(page, query, keysPerSecond) {
  await page.evaluate((shown) => {
    const status = document.querySelector('[data-search-status]');
    window.searchTiming = new Promise((resolve) => {
      let typedAt;
      const typed = () => (typedAt = performance.now());
      document.addEventListener('input', typed, { capture: true });
      const observer = new MutationObserver(() => {
        if (typedAt !== undefined && status.textContent.includes(`“${shown}”`)) {
          observer.disconnect();
          document.removeEventListener('input', typed, { capture: true });
          resolve(performance.now() - typedAt);
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  const field = page.locator('dialog [type=search]');
  if (keysPerSecond) {
    await field.fill('');
    await field.pressSequentially(query, { delay: 1000 / keysPerSecond });
  } else {
    await field.fill(query);
  }
  return Math.round(await page.evaluate(() => window.searchTiming));
}

/** A fresh browser context (empty cache) with the profile's screen, CPU and network. */
async function openProfile(browser, profile) {
  // Service workers blocked: their background precaching is not search's cost.
  const context = await browser.newContext({ viewport: profile.viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  return { context, page };
}

async function measure(browser, origin, dist, profile) {
  // First visit: the query arrives at once, the moment search opens (the worst case).
  const { context, page } = await openProfile(browser, profile);
  const requested = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${origin}/${PAGE}`, { waitUntil: 'networkidle' });
  const scriptsOnLoad = requested.filter((path) => path.endsWith('.js')).length;
  requested.length = 0;
  await page.keyboard.press('Control+k');
  const firstQueryAtOnceMs = await timeQuery(page, FIRST_QUERY);
  const fetched = [...new Set(requested)].filter((path) => !path.endsWith('.svg'));
  const nextQueryMs = await timeQuery(page, SECOND_QUERY);
  await context.close();

  // Second visit, again with an empty cache: the reader types at a steady pace.
  const typing = await openProfile(browser, profile);
  await typing.page.goto(`${origin}/${PAGE}`, { waitUntil: 'networkidle' });
  await typing.page.keyboard.press('Control+k');
  const firstQueryTypedMs = await timeQuery(typing.page, FIRST_QUERY, KEYS_PER_SECOND);
  await typing.context.close();

  const files = fetched.map((path) => {
    const body = readFileSync(join(dist, path));
    return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { profile: profile.name, scriptsOnLoad, firstQueryAtOnceMs, firstQueryTypedMs, nextQueryMs, files };
}

/**
 * Runs the search benchmark against the built site in `dist`; returns the figures (also printed).
 * @param {string} dist
 * @param {(text: string) => void} [log] prints a line of the report (bench.mjs also keeps it for reports/bench-latest.md)
 */
export async function benchSearch(dist, log = console.log) {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  } catch (error) {
    log(`\nSearch benchmark skipped: Chromium did not start (set CHROME_PATH). ${error.message.split('\n')[0]}`);
    return undefined;
  }
  // Compressed, with the generated headers, as a host would serve it.
  const host = await serveStatic(dist, '/', { compress: true });
  const origin = host.origin;
  try {
    const runs = [];
    for (const profile of PROFILES) runs.push(await measure(browser, origin, dist, profile));
    const { files } = runs[0];
    const total = (key) => files.reduce((sum, file) => sum + file[key], 0);

    log(`\nSearch: files fetched for the first query ("${FIRST_QUERY}" on /${PAGE}), none before search opens`);
    log('File                                          raw     gzip');
    for (const file of files) log(`${file.path.padEnd(40)} ${String(file.raw).padStart(8)} ${String(file.gzip).padStart(8)}`);
    log(`${'Total'.padEnd(40)} ${String(total('raw')).padStart(8)} ${String(total('gzip')).padStart(8)}`);
    log(`\nLast keystroke to results (ms)    first query,   first query,   next query   JS files`);
    log(`                                  typed at ${KEYS_PER_SECOND}/s   pasted at once                on load`);
    for (const run of runs) {
      log(
        `${run.profile.padEnd(33)} ${String(run.firstQueryTypedMs).padStart(13)}  ${String(run.firstQueryAtOnceMs).padStart(14)}  ${String(run.nextQueryMs).padStart(11)}  ${String(run.scriptsOnLoad).padStart(8)}`,
      );
    }
    return { page: `/${PAGE}`, firstQuery: FIRST_QUERY, files, totalRaw: total('raw'), totalGzip: total('gzip'), runs };
  } finally {
    await host.close();
    await browser.close();
  }
}
