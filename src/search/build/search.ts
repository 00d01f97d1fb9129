import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from './searchIndex';
import { searchModulePlugin } from './searchModule';

/** Site search: builds the on-demand search module, and indexes the site with Pagefind after every build. */
export function search(): AstroIntegration {
  return {
    name: 'informal-mentoring:search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: searchModulePlugin() } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
