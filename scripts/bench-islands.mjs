// Island JavaScript: what a page downloads when an island hydrates (islands use
// client:visible, so only when the reader scrolls to them). For each island it
// reports the island's own code and, separately, the shared Preact runtime
// (the renderer and what it imports), gzip-compressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(text, { level: 9 }).length;
/** Chunks Vite names after Preact's own modules (preact, preact/hooks, jsx runtime, signals). */
const PREACT_CHUNK = /\/(preact|hooks|jsxRuntime|signals(-core)?)\.module\.[\w-]+\.js$/;

/** A module's static imports of other chunks, followed to the end. */
function importedChunks(dist, url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(join(dist, url), 'utf8');
  const folder = url.slice(0, url.lastIndexOf('/') + 1);
  for (const [, path] of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
    importedChunks(dist, folder + path.slice(2), seen);
  }
  return seen;
}

/** The islands on a page (from its astro-island elements), with their compressed sizes. */
export function islandsOf(dist, html, base = '/') {
  const toFile = (url) => `/${url.slice(base.length)}`;
  return [...html.matchAll(/<astro-island\b[^>]*>/g)].map(([tag]) => {
    const attribute = (name) => tag.match(new RegExp(`${name}="([^"]+)"`))?.[1];
    const component = toFile(attribute('component-url'));
    const renderer = toFile(attribute('renderer-url'));
    // Shared runtime: what the renderer loads (Preact, hooks), which every island reuses.
    // The island's own size: its module plus any chunk it needs that the runtime does not bring.
    const runtimeFiles = importedChunks(dist, renderer);
    for (const url of importedChunks(dist, component)) if (PREACT_CHUNK.test(url)) runtimeFiles.add(url);
    const ownFiles = [...importedChunks(dist, component)].filter((url) => !runtimeFiles.has(url));
    const sum = (urls) => urls.reduce((total, url) => total + gzip(readFileSync(join(dist, url), 'utf8')), 0);
    const own = sum(ownFiles);
    const runtime = sum([...runtimeFiles]);
    return { island: attribute('component-export'), ownGzip: own, sharedRuntimeGzip: runtime, files: ownFiles.length + runtimeFiles.size };
  });
}
