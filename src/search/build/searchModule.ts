import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { sitePath } from '~/site/paths';

// Pages load no JavaScript file until the reader asks to search, so the search
// code cannot be an ordinary Astro <script> (Astro would request it on every
// page load). Instead this plugin adds it to the browser build as its own
// chunk, and the header control carries the chunk's hashed URL in a data
// attribute for the small inline loader to import on demand.
//
// Astro builds the browser code before it renders the pages, in the same
// process, so the plugin can hand the file name to the page render through a
// global. A page rendered without it fails the build rather than ship a
// search control that cannot load.

const ENTRY = fileURLToPath(new URL('../browser/start.ts', import.meta.url));
const FILE_NAME = Symbol.for('informal-mentoring:search-module');

type WithFileName = typeof globalThis & { [FILE_NAME]?: string };

/**
 * Vite plugins: in a build, emit src/search/browser/start.ts as a chunk of the browser
 * build and record its file name; on the dev server, which compiles source
 * files on request, record the source path instead.
 */
export function searchModulePlugin(): Plugin[] {
  let reference = '';
  const record = (fileName: string) => {
    // One build per process is the supported case (the CLI, the tests). Two
    // builds in one process would hand pages the other build's module.
    const earlier = (globalThis as WithFileName)[FILE_NAME];
    if (earlier && earlier !== fileName && !fileName.startsWith('src/')) {
      throw new Error(`A second site build in this process (search module ${fileName}, earlier ${earlier}); build each site in its own process.`);
    }
    (globalThis as WithFileName)[FILE_NAME] = fileName;
  };
  return [
    {
      name: 'informal-mentoring:search-module',
      apply: 'build',
      applyToEnvironment: (environment) => environment.name === 'client',
      buildStart() {
        reference = this.emitFile({ type: 'chunk', id: ENTRY, name: 'search' });
      },
      generateBundle() {
        record(this.getFileName(reference));
      },
    },
    {
      name: 'informal-mentoring:search-module-dev',
      apply: 'serve',
      configureServer() {
        record('src/search/browser/start.ts');
      },
    },
  ];
}

/** The URL of the search module, for the loader to import when the reader opens search. */
export function searchModuleUrl(): string {
  const fileName = (globalThis as WithFileName)[FILE_NAME];
  if (!fileName) throw new Error('The search module was not built: is the search() integration in astro.config.mjs?');
  return sitePath(fileName);
}
