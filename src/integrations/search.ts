import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from './searchIndex';

/** Site search: indexes the site with Pagefind after every build. */
export function search(): AstroIntegration {
  return {
    name: 'informal-mentoring:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
