// What each page costs in Chromium, served as a host would (compressed, with
// the generated headers): requests and bytes by kind, on load and after the
// reader scrolls to the end (which hydrates any island). Service workers are
// blocked here: what the worker downloads for offline reading is reported
// on its own (bench.mjs), so these figures are what the page itself needs.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const kindOf = (type) => (type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other');

/** Transferred bytes per kind: { html: { requests, raw, compressed }, ... } for the responses seen. */
function tally(responses) {
  const totals = {};
  for (const { kind, raw, compressed } of responses) {
    totals[kind] ??= { requests: 0, raw: 0, compressed: 0 };
    totals[kind].requests += 1;
    totals[kind].raw += raw;
    totals[kind].compressed += compressed;
  }
  return totals;
}

export async function measureTransfers(origin, paths) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const path of paths) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const responses = [];
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const seen = new Map();
      cdp.on('Network.responseReceived', ({ requestId, type, response }) => seen.set(requestId, { type: type.toLowerCase(), url: response.url }));
      cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
        const entry = seen.get(requestId);
        if (entry) entry.raw = (entry.raw ?? 0) + dataLength;
      });
      cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
        const entry = seen.get(requestId);
        if (entry) responses.push({ kind: kindOf(entry.type), url: entry.url, raw: entry.raw ?? 0, compressed: encodedDataLength });
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const onLoad = tally(responses);
      const requestsOnLoad = responses.length;
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
          scrollTo({ top: y, behavior: 'instant' });
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      results[path] = { onLoad, requestsOnLoad, afterScroll: tally(responses), requestsAfterScroll: responses.length };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
