import { builtPagePaths as pagePathsIn } from '~/build/builtPages';
import { projectRoot, SITES, type SiteName } from './sites';

/** The folder of a test build. */
export const buildFolder = (name: SiteName): string => `${projectRoot}${SITES[name].outDir}`;

/**
 * The path (inside the site) of every page in a test build, found in the build
 * output, not from a list: guide pages, 404.html, and any page added later.
 * "model/" for model/index.html, "404.html" for 404.html.
 */
export const builtPagePaths = (name: SiteName): string[] => pagePathsIn(buildFolder(name));
