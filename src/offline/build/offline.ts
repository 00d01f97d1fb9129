import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeServiceWorker } from './serviceWorker';

/**
 * Offline reading: generates the service worker over the finished build.
 * Comes after search() and pagePolicies() in astro.config.mjs, so that the
 * precache holds the Pagefind index and the pages as they are finally written.
 */
export function offline(): AstroIntegration {
  return {
    name: 'informal-mentoring:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeServiceWorker(fileURLToPath(dir), logger);
      },
    },
  };
}
