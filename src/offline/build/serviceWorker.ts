import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * What the service worker precaches, as globs inside the built site: every
 * page, the pages' scripts and styles, the favicon, and Pagefind's engine and
 * index so that search works offline too. Left out: Pagefind's ready-made UIs
 * and its engine for pages without a language (the site uses neither), link
 * preview images (only link unfurlers fetch them), and the host files.
 */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,json,woff2,pagefind,pf_meta,pf_index,pf_fragment}'];
export const PRECACHE_IGNORES = [
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/wasm.unknown.pagefind',
  '**/_*',
];

/**
 * Writes <site>/sw.js with Workbox's generateSW: a precache of the built
 * files, each with a revision hash, so that a new deployment's worker fetches
 * what changed, takes over at once and deletes what the new build no longer
 * has. It handles only same-origin requests for precached files, under its own
 * scope (the base path); everything else goes to the network untouched.
 */
export async function writeServiceWorker(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(site, 'sw.js'),
    // One file, no workbox-<hash>.js beside it and no source map.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Pages are static: ?example=, ?q=, ?highlight= never change the HTML, so
    // any query string is ignored when looking a page up in the precache.
    ignoreURLParametersMatching: [/.*/],
    // Astro's hashed files need no revision of their own.
    dontCacheBustURLsMatching: /(^|\/)_astro\//,
    // Never precache a huge file by accident.
    maximumFileSizeToCacheInBytes: 512 * 1024,
    // In a fixed order, so the same build gives the same sw.js.
    manifestTransforms: [async (entries) => ({ manifest: [...entries].sort((a, b) => a.url.localeCompare(b.url)), warnings: [] })],
  });
  for (const warning of warnings) logger.warn(warning);
  logger.info(`Service worker written: sw.js precaches ${count} files (${Math.round(size / 1024)} KB).`);
}
