import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Reads what the build wrote: every file and page of a built site (dist/),
// found in the output rather than from a list of routes, and every HTML page
// with its <meta> tags and ids. The pages are Astro's own output, so simple
// patterns read them reliably. The one lister of built pages for the
// integrations, the tests and the benchmark (scripts/bench.mjs imports it as
// TypeScript: keep it free of dependencies and of TypeScript-only syntax that
// Node cannot strip, such as enums).

export interface BuiltPage {
  /** The page's path inside the site: "" (home), "model/", "404.html". */
  path: string;
  /** <meta property|name="..." content="..."> values by property or name. */
  meta: Map<string, string>;
  /** Every id on the page (sections, the plot), for checking "#section" links. */
  ids: Set<string>;
  /** Where a redirect page (meta refresh) sends the reader, if it is one. */
  refreshTo?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Undoes the escaping Astro applies to attribute values. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name.toLowerCase(), decodeAttribute(value)]));
}

/** Reads one built page's HTML. */
export function readPage(path: string, html: string): BuiltPage {
  const meta = new Map<string, string>();
  let refreshTo: string | undefined;
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const attrs = attributes(tag);
    const key = attrs.get('property') ?? attrs.get('name');
    const content = attrs.get('content');
    if (key && content !== undefined) meta.set(key, content);
    if (attrs.get('http-equiv')?.toLowerCase() === 'refresh' && content) refreshTo = content.replace(/^\s*\d+\s*;\s*url=/i, '').trim();
  }
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => decodeAttribute(id)));
  return { path, meta, ids, refreshTo };
}

/** A built file's path inside the site, with forward slashes: model/index.html. */
export const sitePathOf = (site: string, file: string): string => relative(site, file).split(sep).join('/');

/** Every file of a built site, as paths inside it with forward slashes ("index.html", "_astro/search.x.js"), sorted. */
export function builtFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => sitePathOf(site, join(entry.parentPath, entry.name)))
    .sort();
}

/** Every .html file of a built site (absolute paths), sorted. */
export function builtHtmlFiles(site: string): string[] {
  return builtFiles(site)
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(site, file));
}

/** The address inside the site of a built HTML file (as sitePathOf gives it): "" for index.html, "model/" for model/index.html, "404.html". */
export const pagePathOf = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** The address inside the site of every page a build wrote ("", "404.html", "model/"), sorted. */
export function builtPagePaths(site: string): string[] {
  return builtHtmlFiles(site)
    .map((file) => pagePathOf(sitePathOf(site, file)))
    .sort();
}

/** Every HTML page in a built site (dist/), read. */
export function readBuiltPages(outDir: string): BuiltPage[] {
  return builtHtmlFiles(outDir)
    .map((file) => readPage(pagePathOf(sitePathOf(outDir, file)), readFileSync(file, 'utf8')))
    .sort((a, b) => a.path.localeCompare(b.path));
}
