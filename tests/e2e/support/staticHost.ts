import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

// A static host for a built site, as Netlify or nginx would serve dist/: the
// files under the base path, a folder's index.html, 404.html for anything
// missing, and the response headers from the build's generated `_headers`
// file. The tests use it to check the pages under those headers, and to take
// the site away (offline) or change it (a new deployment) under a browser.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** The rules of a `_headers` file: a path pattern (with * for any rest), then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** The headers the rules give a path (later rules add to earlier ones). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) headers[name] = value;
  return headers;
}

export interface StaticHost {
  origin: string;
  /** The site's address: origin plus base path. */
  url: (path?: string) => string;
  /** Every path requested so far. */
  requested: string[];
  close: () => Promise<void>;
}

/** Serves `folder` under `base` on a free port, with the headers of `folder/_headers` when `withHeaders`. */
export async function serveStatic(folder: string, base: string, { withHeaders = true } = {}): Promise<StaticHost> {
  const headersFile = join(folder, '_headers');
  const rules = () => (withHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
  const requested: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    requested.push(path);
    const send = async (status: number, file: string) => {
      const body = await readFile(file);
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(rules(), path) });
      response.end(body);
    };
    try {
      if (!path.startsWith(base)) throw new Error('outside the base path');
      const inside = path.slice(base.length);
      const file = normalize(join(folder, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside));
      if (!file.startsWith(folder)) throw new Error('outside the site');
      if (!extname(file) && existsSync(join(file, 'index.html'))) {
        response.writeHead(301, { location: `${path}/` });
        response.end();
        return;
      }
      await send(200, file);
    } catch {
      await send(404, join(folder, '404.html')).catch(() => {
        response.writeHead(404);
        response.end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
