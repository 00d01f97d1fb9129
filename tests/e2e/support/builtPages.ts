import { readdirSync } from 'node:fs';
import { projectRoot, SITES, type SiteName } from './sites';

/**
 * The path (inside the site) of every page in a test build, found in the build
 * output, not from a list: guide pages, 404.html, and any page added later.
 * "model/" for model/index.html, "404.html" for 404.html.
 */
export function builtPagePaths(name: SiteName): string[] {
  const folder = `${projectRoot}${SITES[name].outDir}`;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The folder of a test build. */
export const buildFolder = (name: SiteName): string => `${projectRoot}${SITES[name].outDir}`;
