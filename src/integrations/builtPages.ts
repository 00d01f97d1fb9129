import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file of a built site (absolute paths), sorted, found in the output rather than from a list of routes. */
export function builtHtmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(site, file))
    .sort();
}

/** A built file's path inside the site, with forward slashes: model/index.html. */
export const sitePathOf = (site: string, file: string): string => relative(site, file).split(sep).join('/');
