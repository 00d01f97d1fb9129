// Lighthouse on each page, one after another (it needs the machine to itself
// to time anything), with its default mobile settings: a mid-range phone,
// simulated slow 4G and a 4x slower CPU. Drives the system Chromium
// (CHROME_PATH, default /usr/bin/chromium) with no network beyond this machine.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-extensions'];

/** Scores (0-100), LCP and TBT (ms), CLS, and the titles of failing audits, for each path (or the error that stopped it). */
export async function runLighthouse(origin, paths) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
  const results = {};
  try {
    for (const path of paths) {
      process.stdout.write(`Lighthouse ${path} ...`);
      try {
        const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
        const failing = CATEGORIES.flatMap((id) =>
          lhr.categories[id].auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
            .map((ref) => `${id}: ${lhr.audits[ref.id].title} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
        );
        const metric = (id) => lhr.audits[id]?.numericValue;
        results[path] = {
          scores,
          lcpMs: Math.round(metric('largest-contentful-paint')),
          tbtMs: Math.round(metric('total-blocking-time')),
          cls: Number((metric('cumulative-layout-shift') ?? NaN).toFixed(3)),
          failing,
        };
        console.log(` ${CATEGORIES.map((id) => scores[id]).join(' / ')}`);
      } catch (error) {
        // One page failing (a time-out on a busy machine) does not stop the others.
        results[path] = { error: error.message.split('\n')[0] };
        console.log(` failed: ${results[path].error}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
