// `npm run bench`: builds the site and measures every page it finds in dist/
// against the budgets in scripts/budgets.json, then prints tables and writes
// the latest run to reports/bench-latest.md (the tables) and reports/bench.json
// (every figure). It reports; it is not a test (not part of `npm test`).
//
//  1. Bytes, from the files (the same on every machine): HTML with its inlined
//     CSS (raw, gzip, brotli), inline script bytes, external scripts, and each
//     island's JavaScript (scripts/bench-islands.mjs).
//  2. In Chromium, with the site served as a host would (compressed, with the
//     generated headers): requests and bytes transferred per kind, on load and
//     after scrolling to the end (scripts/bench-browser.mjs).
//  3. Lighthouse on mobile settings, one page after another: the four category
//     scores and LCP, TBT and CLS (scripts/bench-lighthouse.mjs).
//  4. The service worker: its size and what it precaches after a first visit.
//  5. Search: bytes and time to first results (scripts/bench-search.mjs).
//
// Options: --no-build, --pages /,/model/ (only these pages), --no-lighthouse,
// --no-search, --runs 1 (Lighthouse runs per page, of which the median is
// reported; 3 unless given),
// --cpu-slowdown 4 (Lighthouse's CPU slowdown as given, not calibrated to this
// machine). Lighthouse takes about 10-30 seconds per page and run on two cores.
// Redirect pages (aliases) are not run through Lighthouse: what a reader gets
// from them is their target page's load, which is measured under its own name.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { islandsOf } from './bench-islands.mjs';
import { benchSearch } from './bench-search.mjs';
import { measureTransfers } from './bench-browser.mjs';
import { CATEGORIES, runLighthouse } from './bench-lighthouse.mjs';
import { serveStatic } from './static-host.mjs';
import { builtPagePaths } from '../src/build/builtPages.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8'));
const args = process.argv.slice(2);
const option = (name) => args.includes(name);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlyPages = value('--pages')?.split(',').map((path) => path.trim());
/** A whole number of Lighthouse runs, or the number given for the CPU slowdown; anything else stops the benchmark with a message. */
const positive = (name, fallback, whole) => {
  const text = value(name);
  if (text === undefined) return fallback;
  const number = Number(text);
  if (!(number > 0) || (whole && !Number.isInteger(number))) throw new Error(`${name} wants a positive ${whole ? 'whole ' : ''}number, not "${text}"`);
  return number;
};
const lighthouseRuns = positive('--runs', 3, true);
const cpuSlowdown = positive('--cpu-slowdown', undefined, false);

if (!option('--no-build')) {
  // Measured at the root path: the sub-path changes no sizes that matter.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/', SITE_OUT_DIR: 'dist' };
  execFileSync('astro', ['build'], { cwd: root, stdio: 'inherit', env });
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) => brotliCompressSync(text).length;
const pad = (value, width) => String(value).padStart(width);
/** What the run prints, kept for reports/bench-latest.md. */
const reportLines = [];
const log = (text = '') => {
  console.log(text);
  reportLines.push(text);
};

/** Every page in dist/, by its address: / for index.html, /model/ for model/index.html, /404.html. */
const pagePaths = builtPagePaths(dist)
  .map((path) => `/${path}`)
  .filter((path) => !onlyPages || onlyPages.includes(path))
  .sort();
if (pagePaths.length === 0) throw new Error(`No pages match --pages ${onlyPages}`);
const fileOf = (path) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

// 1. Bytes from the files.
const pages = pagePaths.map((path) => {
  const html = readFileSync(fileOf(path), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const css = stylesheets.map((href) => readFileSync(join(dist, href), 'utf8')).join('');
  const externalScripts = [...html.matchAll(/<script[^>]+\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const inlineScript = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const page = {
    page: path,
    htmlRaw: Buffer.byteLength(html),
    htmlAndCssGzip: gzip(html + css),
    htmlAndCssBrotli: brotli(html + css),
    externalStylesheets: stylesheets.length,
    inlineScriptRaw: Buffer.byteLength(inlineScript),
    externalScripts: externalScripts.length,
    islands: islandsOf(dist, html),
    // A redirect page (an alias) sends the reader on at once; what loads is the target's.
    redirect: /http-equiv="refresh"/i.test(html) ? (html.match(/http-equiv="refresh" content="0; url=([^"]+)"/i)?.[1] ?? '?') : undefined,
  };
  const exception = budgets.pageExceptions[path];
  page.htmlAndCssBudget = exception?.htmlAndCssCompressed ?? budgets.htmlAndCssCompressed;
  // A page with an island also carries Astro's small inline hydration script.
  page.inlineScriptBudget = page.islands.length ? budgets.inlineScriptRawWithIslands : budgets.inlineScriptRaw;
  return page;
});

log('\nPage                       HTML raw  HTML+CSS gz  HTML+CSS br  inline JS  JS files');
for (const p of pages) {
  log(`${p.page.padEnd(26)} ${pad(p.htmlRaw, 8)}  ${pad(p.htmlAndCssGzip, 11)}  ${pad(p.htmlAndCssBrotli, 11)}  ${pad(p.inlineScriptRaw, 9)}  ${pad(p.externalScripts, 8)}`);
}
const islands = pages.flatMap((p) => p.islands.map((island) => ({ page: p.page, ...island })));
if (islands.length) {
  log('\nIsland (loads when scrolled into view)      page               own gz  budget  shared runtime gz  files');
  for (const i of islands) {
    log(`${i.island.padEnd(42)} ${i.page.padEnd(17)} ${pad(i.ownGzip, 7)}  ${pad(budgets.islandCompressed[i.island] ?? '-', 6)}  ${pad(i.sharedRuntimeGzip, 17)}  ${pad(i.files, 5)}`);
  }
}

// 4. The service worker and its precache (from the manifest inside sw.js).
const sw = readFileSync(join(dist, 'sw.js'));
const precached = [...sw.toString('utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
const precache = precached.reduce(
  (sum, url) => {
    const body = readFileSync(join(dist, url));
    return { raw: sum.raw + body.length, gzip: sum.gzip + gzip(body) };
  },
  { raw: 0, gzip: 0 },
);
const serviceWorker = { swRaw: sw.length, swGzip: gzip(sw), files: precached.length, precacheRaw: precache.raw, precacheGzip: precache.gzip };
log(
  `\nService worker: sw.js ${serviceWorker.swRaw} bytes (${serviceWorker.swGzip} gzip), fetched after the first page has loaded; it then precaches ${serviceWorker.files} files, ${serviceWorker.precacheRaw} bytes (${serviceWorker.precacheGzip} gzip), once per deployment.`,
);

// 2 and 3. In Chromium, served as a host would.
// Compressed, with the generated headers: what a reader's browser would get.
const host = await serveStatic(dist, '/', { compress: true });
const origin = host.origin;
let browserFigures = {};
let lighthouseFigures = {};
let lighthouseSlowdown;
try {
  browserFigures = await measureTransfers(origin, pagePaths);
  const lighthousePaths = pages.filter((p) => !p.redirect).map((p) => p.page);
  if (!option('--no-lighthouse') && lighthousePaths.length) {
    ({ pages: lighthouseFigures, slowdown: lighthouseSlowdown } = await runLighthouse(origin, lighthousePaths, { runs: lighthouseRuns, cpuSlowdown, log }));
  }
} catch (error) {
  log(`\nChromium measurements stopped: ${error.message.split('\n')[0]} (is CHROME_PATH a Chromium?)`);
} finally {
  await host.close();
}
const kb = (totals, kind, key) => totals?.[kind]?.[key] ?? 0;
log('\nIn Chromium (mobile)       requests  HTML raw   HTML gz  CSS gz  JS gz on load  JS gz scrolled  Lighthouse P/A/BP/SEO   LCP ms  TBT ms    CLS');
for (const p of pages) {
  const b = browserFigures[p.page];
  const l = lighthouseFigures[p.page];
  Object.assign(p, { transfers: b, lighthouse: l });
  log(
    `${p.page.padEnd(26)} ${pad(b?.requestsOnLoad ?? '-', 8)}  ${pad(kb(b?.onLoad, 'html', 'raw'), 8)}  ${pad(kb(b?.onLoad, 'html', 'compressed'), 8)}  ${pad(kb(b?.onLoad, 'css', 'compressed'), 6)}  ${pad(kb(b?.onLoad, 'js', 'compressed'), 13)}  ${pad(kb(b?.afterScroll, 'js', 'compressed'), 14)}  ${(l?.scores ? CATEGORIES.map((id) => l.scores[id]).join('/') : l?.error ? 'failed' : p.redirect ? `-> ${p.redirect.replace(/#.*/, '')}` : '-').padStart(20)}  ${pad(l?.lcpMs ?? '-', 7)}  ${pad(l?.tbtMs ?? '-', 6)}  ${pad(l?.cls ?? '-', 5)}`,
  );
}

// Every figure over its budget, said once each.
for (const p of pages) {
  p.overBudget = [
    p.htmlAndCssGzip > p.htmlAndCssBudget && `HTML+CSS ${p.htmlAndCssGzip} gzip > ${p.htmlAndCssBudget}`,
    p.inlineScriptRaw > p.inlineScriptBudget && `inline script ${p.inlineScriptRaw} > ${p.inlineScriptBudget}`,
    p.externalScripts > budgets.externalScriptsBeforeInteraction && `${p.externalScripts} script files in the HTML`,
    // Only pages without islands must load no script before the reader acts: an
    // island in the first screen (the projector view, the share page, a link to
    // the plot) hydrates as it is seen, which is its budget's job to keep small.
    !p.islands.length && !p.redirect &&
      kb(p.transfers?.onLoad, 'js', 'requests') > budgets.externalScriptsBeforeInteraction &&
      `${kb(p.transfers?.onLoad, 'js', 'requests')} script files loaded before interaction`,
    ...p.islands.map((island) =>
      !(island.island in budgets.islandCompressed)
        ? `island ${island.island} has no budget in budgets.json`
        : island.ownGzip > budgets.islandCompressed[island.island] && `island ${island.island} ${island.ownGzip} gzip > ${budgets.islandCompressed[island.island]}`,
    ),
    ...CATEGORIES.map((id) => p.lighthouse?.scores && p.lighthouse.scores[id] < budgets.lighthouse[id] && `Lighthouse ${id} ${p.lighthouse.scores[id]} < ${budgets.lighthouse[id]}`),
    p.lighthouse?.error && `Lighthouse did not finish (${p.lighthouse.error})`,
    !option('--no-lighthouse') && !p.redirect && !p.lighthouse && 'Lighthouse did not run',
  ].filter(Boolean);
}
const over = pages.filter((p) => p.overBudget.length);
log(over.length ? '\nOver budget:' : '\nEvery page is within its budgets.');
for (const p of over) {
  log(`${p.page}: ${p.overBudget.join('; ')}`);
  for (const audit of p.lighthouse?.failing ?? []) log(`    ${audit}`);
}
for (const p of pages.filter((p) => budgets.pageExceptions[p.page])) {
  log(`${p.page} has its own HTML+CSS budget (${p.htmlAndCssBudget}): ${budgets.pageExceptions[p.page].reason}`);
}

// 5. Search.
const search = option('--no-search') ? undefined : await benchSearch(dist, log);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), `${JSON.stringify({ budgets, lighthouseSlowdown, pages, serviceWorker, search }, null, 2)}\n`);
// The latest run as a Markdown file: when, on which commit, with which options, then the tables.
const git = (...gitArgs) => {
  try {
    return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};
const commit = git('rev-parse', '--short', 'HEAD');
const changed = git('status', '--porcelain', '--untracked-files=no');
writeFileSync(
  join(root, 'reports/bench-latest.md'),
  [
    '# Benchmark: the latest run',
    '',
    `- When: ${new Date().toISOString()}`,
    `- Commit: ${commit ?? 'unknown'}${changed ? ' (with uncommitted changes)' : ''}`,
    `- Command: \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\``,
    `- Result: ${over.length ? `${over.length} page(s) over budget` : 'every page measured is within its budgets'}`,
    '',
    'Written by scripts/bench.mjs; every figure is also in reports/bench.json.',
    '',
    '```',
    ...reportLines.join('\n').replace(/^\n+/, '').split('\n'),
    '```',
    '',
  ].join('\n'),
);
console.log('\nWrote reports/bench-latest.md and reports/bench.json');
if (over.length) process.exitCode = 1;
