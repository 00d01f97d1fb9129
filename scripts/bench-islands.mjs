// Island JavaScript: what a page downloads when an island hydrates (islands use
// client:visible, so only when the reader scrolls to them). For each island it
// reports the island's own module and, separately, the shared Preact runtime it
// imports (the renderer and the chunks both load), gzip-compressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

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
    const own = gzip(readFileSync(join(dist, component), 'utf8'));
    const runtimeFiles = new Set([...importedChunks(dist, renderer), ...importedChunks(dist, component)]);
    runtimeFiles.delete(component);
    const runtime = [...runtimeFiles].reduce((sum, url) => sum + gzip(readFileSync(join(dist, url), 'utf8')), 0);
    return { island: attribute('component-export'), ownGzip: own, sharedRuntimeGzip: runtime, files: 1 + runtimeFiles.size };
  });
}
