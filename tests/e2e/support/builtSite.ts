import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readBuiltPages } from '~/build/builtPages';
import { buildFolder } from './builtPages';
import { projectRoot, type SiteName } from './sites';

// The pages a test build really contains, read from its output folder, so that
// tests cover pages added later without a list to keep up to date.

export interface BuiltHtml {
  /** Path inside the site as a reader opens it: "", "model/", "404.html". */
  path: string;
  /** A redirect page (an alias) rather than a page of its own. */
  redirect: boolean;
}

/** Every HTML page of a test build. */
export function builtHtml(site: SiteName): BuiltHtml[] {
  return readBuiltPages(buildFolder(site)).map((page) => ({ path: page.path, redirect: page.refreshTo !== undefined }));
}

/** The aliases in content/data/aliases.yaml: short address → target, as written there. */
export function aliasesFromContent(): { from: string; to: string }[] {
  const file = parse(readFileSync(`${projectRoot}content/data/aliases.yaml`, 'utf8')) as Record<string, { to: string }>;
  return Object.entries(file).map(([from, { to }]) => ({ from, to }));
}
