// Builds the site and reports, for every page, what a reader downloads before
// they interact: HTML with its inlined CSS (raw, gzip, brotli), any external
// stylesheets, inline script bytes and external scripts; and for each island
// the JavaScript it loads when it scrolls into view. Compares each figure
// with scripts/budgets.json, prints a table and writes reports/bench.json.
// It measures sizes, not time, so the numbers are the same on every machine.
// Then scripts/bench-search.mjs reports search's bytes and (machine-dependent) timings.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { islandsOf } from './bench-islands.mjs';
import { benchSearch } from './bench-search.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'scripts/budgets.json'), 'utf8'));

if (!process.argv.includes('--no-build')) {
  // Measured at the root path: the sub-path changes no sizes that matter.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/', SITE_OUT_DIR: 'dist' };
  execFileSync('astro', ['build'], { cwd: root, stdio: 'inherit', env });
}

/** Every .html file under a folder. */
function htmlFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) => brotliCompressSync(text).length;
/** Maps a root-relative URL from the page to its file in dist/. */
const fileFor = (url) => join(dist, url);

const pages = htmlFiles(dist).map((file) => {
  const html = readFileSync(file, 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const css = stylesheets.map((href) => readFileSync(fileFor(href), 'utf8')).join('');
  const externalScripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const inlineScript = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const page = {
    page: `/${relative(dist, file).replace(/index\.html$/, '')}`,
    htmlRaw: Buffer.byteLength(html),
    htmlAndCssGzip: gzip(html + css),
    htmlAndCssBrotli: brotli(html + css),
    externalStylesheets: stylesheets.length,
    inlineScriptRaw: Buffer.byteLength(inlineScript),
    externalScripts: externalScripts.length,
    islands: islandsOf(dist, html),
  };
  // A page with an island also carries Astro's small inline hydration script.
  const inlineBudget = page.islands.length ? budgets.inlineScriptRawWithIslands : budgets.inlineScriptRaw;
  const exception = budgets.pageExceptions[page.page];
  page.htmlAndCssBudget = exception?.htmlAndCssCompressed ?? budgets.htmlAndCssCompressed;
  page.overBudget = [
    page.htmlAndCssGzip > page.htmlAndCssBudget && 'HTML+CSS',
    page.inlineScriptRaw > inlineBudget && 'inline script',
    page.externalScripts > budgets.externalScriptsBeforeInteraction && 'external scripts',
    ...page.islands.filter((island) => !(island.ownGzip <= budgets.islandCompressed[island.island])).map((island) =>
      island.island in budgets.islandCompressed ? `island ${island.island}` : `island ${island.island} has no budget in budgets.json`,
    ),
  ].filter(Boolean);
  return page;
});

pages.sort((a, b) => a.page.localeCompare(b.page));
console.log('\nPage                       HTML raw  HTML+CSS gz  HTML+CSS br  inline JS  JS files  budget');
for (const p of pages) {
  console.log(
    `${p.page.padEnd(26)} ${String(p.htmlRaw).padStart(8)}  ${String(p.htmlAndCssGzip).padStart(11)}  ${String(p.htmlAndCssBrotli).padStart(11)}  ${String(p.inlineScriptRaw).padStart(9)}  ${String(p.externalScripts).padStart(8)}  ${p.overBudget.length ? `OVER: ${p.overBudget.join(', ')}` : p.htmlAndCssBudget === budgets.htmlAndCssCompressed ? 'ok' : `ok (own budget ${p.htmlAndCssBudget}: see README)`}`,
  );
}
const islands = pages.flatMap((p) => p.islands.map((island) => ({ page: p.page, ...island })));
if (islands.length) {
  console.log('\nIsland (loads when scrolled into view)      page               own gz  budget  shared runtime gz  files');
  for (const i of islands) {
    console.log(`${i.island.padEnd(42)} ${i.page.padEnd(17)} ${String(i.ownGzip).padStart(7)}  ${String(budgets.islandCompressed[i.island] ?? '-').padStart(6)}  ${String(i.sharedRuntimeGzip).padStart(17)}  ${String(i.files).padStart(5)}`);
  }
}
const search = await benchSearch(dist);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), `${JSON.stringify({ budgets, pages, search }, null, 2)}\n`);
console.log('\nWrote reports/bench.json');
if (pages.some((p) => p.overBudget.length)) process.exitCode = 1;
