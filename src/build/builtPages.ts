import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Reads what the build wrote: every HTML page with its <meta> tags and ids.
// The pages are Astro's own output, so simple patterns read them reliably.

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

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
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

/** Every HTML page in a built site (dist/). */
export function readBuiltPages(outDir: string): BuiltPage[] {
  return htmlFiles(outDir)
    .map((file) => {
      const path = relative(outDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
      return readPage(path, readFileSync(file, 'utf8'));
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every .html file of a built site (absolute paths), sorted, found in the output rather than from a list of routes. */
export function builtHtmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(site, file))
    .sort();
}

/** A built file's path inside the site, with forward slashes: model/index.html. */
export const sitePathOf = (site: string, file: string): string => relative(site, file).split(sep).join('/');
