import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { projectRoot, SITES, type SiteName } from './sites';

// The pages a test build really contains, read from its output folder, so that
// tests cover pages added later without a list to keep up to date.

export interface BuiltHtml {
  /** Path inside the site as a reader opens it: "", "model/", "404.html". */
  path: string;
  html: string;
  /** A redirect page (an alias) rather than a page of its own. */
  redirect: boolean;
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every HTML page of a test build. */
export function builtHtml(site: SiteName): BuiltHtml[] {
  const root = `${projectRoot}${SITES[site].outDir}`;
  return htmlFiles(root)
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const path = relative(root, file).replace(/(^|\/)index\.html$/, '$1');
      return { path, html, redirect: html.includes('http-equiv="refresh"') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The aliases in content/data/aliases.yaml: short address → target, as written there. */
export function aliasesFromContent(): { from: string; to: string }[] {
  const file = parse(readFileSync(`${projectRoot}content/data/aliases.yaml`, 'utf8')) as Record<string, { to: string }>;
  return Object.entries(file).map(([from, { to }]) => ({ from, to }));
}
