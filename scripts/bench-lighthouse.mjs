// Lighthouse on each page, one after another (it needs the machine to itself
// to time anything), with its mobile settings: a mid-range phone's screen,
// simulated slow 4G and a slower CPU. Drives the system Chromium (CHROME_PATH,
// default /usr/bin/chromium) with no network beyond this machine.
//
// The CPU slowdown is calibrated to this machine, as Lighthouse's documentation
// asks (scripts/lighthouse-calibration.mjs): three first runs, not kept, read
// the machine's benchmarkIndex. `--cpu-slowdown 4` gives Lighthouse's default.
// A run that Lighthouse itself abandons (NO_NAVSTART, NO_FCP: "please run
// Lighthouse again") is run again, up to twice. Each page is measured several
// times (3 unless `--runs N`) and the median run is reported, as Lighthouse
// recommends for figures that vary from run to run (docs/variability.md).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { calibratedSlowdown } from './lighthouse-calibration.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-extensions'];
const ATTEMPTS = 3;

/** One Lighthouse report for `url`, tried again when Lighthouse gives up on the run. */
async function report(url, port, cpuSlowdownMultiplier) {
  let lastError;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const { lhr } = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'silent',
        onlyCategories: CATEGORIES,
        throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier },
      });
      if (!lhr.runtimeError) return lhr;
      lastError = new Error(lhr.runtimeError.message);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Scores, metrics and failing audits from one report. */
function figures(lhr, runs) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
  const failing = CATEGORIES.flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${id}: ${lhr.audits[ref.id].title} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  const metric = (id) => lhr.audits[id]?.numericValue;
  return {
    scores,
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: Number((metric('cumulative-layout-shift') ?? NaN).toFixed(3)),
    failing,
    runs,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/**
 * Lighthouse figures for each path (or the error that stopped it), and the
 * CPU slowdown used: { slowdown: { multiplier, calibrated, benchmarkIndex }, pages: { [path]: ... } }.
 * @param {string} origin
 * @param {string[]} paths
 * @param {{ runs?: number, cpuSlowdown?: number, log?: (text: string) => void }} [options] runs per page (the median is kept); cpuSlowdown fixes the multiplier instead of calibrating; log prints the line that says which slowdown was used (for the report)
 */
export async function runLighthouse(origin, paths, { runs = 3, cpuSlowdown, log = console.log } = {}) {
  // A fresh Chromium for each page: after some dozens of runs in one browser,
  // Lighthouse began to lose the start of its traces (NO_NAVSTART) on every try.
  const withChromium = async (work) => {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
    try {
      return await work(chrome.port);
    } finally {
      await chrome.kill();
    }
  };
  let slowdown;
  if (cpuSlowdown !== undefined) {
    slowdown = { multiplier: cpuSlowdown, calibrated: false, benchmarkIndex: undefined, fixed: true };
  } else {
    // Three runs of the first page measure the machine (the median, as one
    // reading moves by a fifth between runs); their figures are not kept.
    const readings = await withChromium(async (port) => {
      const found = [];
      for (let probe = 0; probe < 3; probe++) found.push((await report(`${origin}${paths[0]}`, port, 4)).environment.benchmarkIndex);
      return found;
    });
    const benchmarkIndex = Math.round(readings.sort((a, b) => a - b)[1]);
    slowdown = { ...calibratedSlowdown(benchmarkIndex), benchmarkIndex, fixed: false };
  }
  log(
    `\nLighthouse, mobile: CPU ${slowdown.multiplier}x slower` +
      (slowdown.fixed ? ' (as asked)' : `, calibrated to this machine's benchmarkIndex ${slowdown.benchmarkIndex}${slowdown.calibrated ? '' : ' (outside the calculated range)'}`) +
      (runs > 1 ? `; the median of ${runs} runs per page` : ''),
  );
  const pages = {};
  for (const path of paths) {
    process.stdout.write(`Lighthouse ${path} ...`);
    try {
      const reports = await withChromium(async (port) => {
        const done = [];
        for (let run = 0; run < runs; run++) done.push(await report(`${origin}${path}`, port, slowdown.multiplier));
        return done;
      });
      pages[path] = figures(reports.length > 1 ? computeMedianRun(reports) : reports[0], runs);
      console.log(` ${CATEGORIES.map((id) => pages[path].scores[id]).join(' / ')}`);
    } catch (error) {
      // One page failing (a time-out on a busy machine) does not stop the others.
      pages[path] = { error: String(error.message ?? error).split('\n')[0] };
      console.log(` failed: ${pages[path].error}`);
    }
  }
  return { slowdown, pages };
}
