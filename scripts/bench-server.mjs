// A static host for the benchmark: serves a built site the way a production
// host would, with gzip or brotli for text (as the browser asks) and the
// response headers of the build's generated `_headers` file (CSP, caching).
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.pf_meta', '.pf_index', '.pf_fragment']);

/** The rules of a `_headers` file: [pattern, [[name, value]...]]. */
function headerRules(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else rules.at(-1)[1].push([line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
  }
  return rules;
}

/** Serves `dist` at the root of a free port on 127.0.0.1; resolves to the server. */
export function serveSite(dist) {
  const rules = headerRules(dist);
  const headersFor = (path) =>
    Object.fromEntries(rules.filter(([pattern]) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern)).flatMap(([, headers]) => headers));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
    let status = 200;
    if (!file.startsWith(dist) || !existsSync(file)) {
      file = join(dist, '404.html');
      status = 404;
    }
    const body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding', ...headersFor(path) };
    const accepts = String(request.headers['accept-encoding'] ?? '');
    let sent = body;
    if (COMPRESSIBLE.has(extname(file))) {
      if (/\bbr\b/.test(accepts)) [sent, headers['content-encoding']] = [brotliCompressSync(body), 'br'];
      else if (/\bgzip\b/.test(accepts)) [sent, headers['content-encoding']] = [gzipSync(body, { level: 9 }), 'gzip'];
    }
    response.writeHead(status, headers);
    response.end(sent);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
