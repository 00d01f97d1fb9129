// A static host for a built site, as Netlify or nginx would serve dist/: the
// files under the base path, a folder's index.html, 404.html for anything
// missing, and the response headers from the build's generated `_headers` file.
// One module for everyone who serves dist/ from Node: the benchmark (which
// also compresses, as a production host does) and the end-to-end tests (which
// take the site away, or change it, under a browser). Plain JavaScript with
// JSDoc types, so `node scripts/bench.mjs` runs it as it is and the tests'
// TypeScript reads its types.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
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
/** Text a host would compress; Pagefind's index files are text in their own extensions. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.pf_meta', '.pf_index', '.pf_fragment']);

/**
 * @typedef {object} HeaderRule
 * @property {string} pattern a path, or a path prefix ending in `*`
 * @property {[string, string][]} headers `[name, value]` pairs in file order
 */

/**
 * The rules of a `_headers` file: a path pattern (with * for any rest), then
 * indented "Name: value" lines. Comments, blank lines and header lines before
 * any pattern are ignored.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern @param {string} path */
const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/**
 * The headers the rules give a path: every matching rule applies, and a name
 * that two rules set gets both values joined by ", ", as Cloudflare Pages does
 * (Netlify keeps the later one; the generated file never relies on either:
 * src/security/hostHeaders.ts). Two joined CSPs are two policies to a browser,
 * each enforced. Names are lower-cased, as Node sends them.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}

/**
 * The body to send and its content-encoding, as the request's Accept-Encoding allows.
 * @param {Buffer} body
 * @param {string} file
 * @param {string} accepts
 * @returns {{ sent: Buffer, encoding?: string }}
 */
function compressed(body, file, accepts) {
  if (!COMPRESSIBLE.has(extname(file))) return { sent: body };
  if (/\bbr\b/.test(accepts)) return { sent: brotliCompressSync(body), encoding: 'br' };
  if (/\bgzip\b/.test(accepts)) return { sent: gzipSync(body, { level: 9 }), encoding: 'gzip' };
  return { sent: body };
}

/**
 * A request's path, decoded to match file names, with its path as sent and its
 * query; null when the address cannot be read or decoded.
 * @param {string | undefined} url
 * @returns {{ path: string, pathname: string, search: string } | null}
 */
function requestAddress(url) {
  try {
    const { pathname, search } = new URL(url ?? '/', 'http://host');
    return { path: decodeURIComponent(pathname), pathname, search };
  } catch {
    return null;
  }
}

/**
 * @typedef {object} StaticHost
 * @property {string} origin e.g. http://127.0.0.1:41234
 * @property {(path?: string) => string} url the site's address (origin plus base path) and a path in it
 * @property {string[]} requested every path requested so far
 * @property {() => Promise<void>} close stops serving, dropping open connections
 */

/**
 * Serves `folder` under `base` on 127.0.0.1, at `port` or else a free port.
 * @param {string} folder the built site (dist/ or a copy)
 * @param {string} [base] the base path it was built for, with slashes at both ends
 * @param {{ withHeaders?: boolean, compress?: boolean, port?: number }} [options] send `_headers`' headers (default yes); compress text with brotli or gzip (default no); the port to listen on (default: any free one)
 * @returns {Promise<StaticHost>}
 */
export async function serveStatic(folder, base = '/', { withHeaders = true, compress = false, port = 0 } = {}) {
  const root = resolve(folder);
  const headersFile = join(root, '_headers');
  // Read on every request: a test may replace the site (a new deployment) under a running host.
  const rules = () => (withHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
  /** @type {string[]} */
  const requested = [];
  const server = createServer(async (request, response) => {
    const address = requestAddress(request.url);
    if (!address) {
      // An escape that decodes to no text (such as /%E0%A4%A) names no file: hosts answer 400.
      requested.push(String(request.url));
      response.writeHead(400);
      response.end();
      return;
    }
    const { path, pathname, search } = address;
    requested.push(path);
    /** @param {number} status @param {string} file */
    const send = async (status, file) => {
      const body = await readFile(file);
      const { sent, encoding } = compress ? compressed(body, file, String(request.headers['accept-encoding'] ?? '')) : { sent: body };
      /** @type {Record<string, string>} */
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(rules(), path) };
      if (compress) headers.vary = 'accept-encoding';
      if (encoding) headers['content-encoding'] = encoding;
      response.writeHead(status, headers);
      response.end(sent);
    };
    try {
      if (!path.startsWith(base)) throw new Error('outside the base path');
      const inside = path.slice(base.length);
      const file = normalize(join(root, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside));
      if (!file.startsWith(root)) throw new Error('outside the site');
      if (!extname(file) && existsSync(join(file, 'index.html'))) {
        // As sent (a header carries no raw é), and with the query: /model?support=9 keeps its plot.
        response.writeHead(301, { location: `${pathname}/${search}` });
        response.end();
        return;
      }
      await send(200, file);
    } catch {
      await send(404, join(root, '404.html')).catch(() => {
        response.writeHead(404);
        response.end();
      });
    }
  });
  await new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ready(undefined));
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
    requested,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
