import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, serveStatic, type StaticHost } from '../../scripts/static-host.mjs';
import { CACHE_CONTROL, netlifyHeaders } from '~/security/hostHeaders';
import { SECURITY_HEADERS } from '~/security/securityPolicy';

// The benchmark and the end-to-end tests serve dist/ with the headers of the
// generated _headers file; these check that they read it as a host would.

const POLICY = "default-src 'self'";

describe('the static host reading a generated _headers file', () => {
  const rules = parseHeadersFile(netlifyHeaders('/mentoring/', { sitePolicy: POLICY }));

  it('gives every page under the base path the security headers, and no year-long cache', () => {
    const headers = headersFor(rules, '/mentoring/model/');
    expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'self'`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()]).toBe(value);
    expect(headers['cache-control']).toBeUndefined();
  });

  it('caches hashed files under _astro/ for a year, with the security headers as well', () => {
    const headers = headersFor(rules, '/mentoring/_astro/plot.abc123.js');
    expect(headers['cache-control']).toBe(CACHE_CONTROL.hashed);
    expect(headers['content-security-policy']).toContain(POLICY);
  });

  it('gives nothing to a path outside the base', () => {
    expect(headersFor(rules, '/elsewhere/')).toEqual({});
  });
});

describe('parseHeadersFile', () => {
  it('skips comments, blank lines, Windows line ends and header lines with no pattern or no colon', () => {
    const text = '  Orphan: before any pattern\r\n# a comment\r\n\r\n/exact\r\n  X-One: 1\r\n  no colon here\r\n/prefix/*\r\n  X-Two: a: b\r\n';
    expect(parseHeadersFile(text)).toEqual([
      { pattern: '/exact', headers: [['X-One', '1']] },
      { pattern: '/prefix/*', headers: [['X-Two', 'a: b']] },
    ]);
  });

  it('matches an exact path only exactly, and joins the values of a header two rules set, as Cloudflare Pages does', () => {
    const rules = parseHeadersFile('/*\n  X-Kind: any\n/exact\n  X-Kind: exact\n');
    expect(headersFor(rules, '/exact')).toEqual({ 'x-kind': 'any, exact' });
    expect(headersFor(rules, '/exact/more')).toEqual({ 'x-kind': 'any' });
  });
});

describe('serving a built site', () => {
  // A small site built for /mentoring/, as the e2e tests' global setup serves dist-test/sub.
  let site: string;
  let host: StaticHost;
  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'static-host-'));
    mkdirSync(join(site, 'model'));
    writeFileSync(join(site, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(site, 'model/index.html'), '<h1>Model</h1>');
    writeFileSync(join(site, '404.html'), '<h1>Page not found</h1>');
    writeFileSync(join(site, '_headers'), netlifyHeaders('/mentoring/', { sitePolicy: POLICY }));
    host = await serveStatic(site, '/mentoring/');
  });
  afterAll(async () => {
    await host.close();
    rmSync(site, { recursive: true, force: true });
  });

  it("serves a folder's index.html with the _headers file's headers", async () => {
    const response = await fetch(host.url('model/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(`${POLICY}; frame-ancestors 'self'`);
    expect(await response.text()).toBe('<h1>Model</h1>');
  });

  it('sends a folder asked for without its slash to the address with one', async () => {
    const response = await fetch(host.url('model'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/mentoring/model/');
  });

  it('keeps the query when it adds the slash, so a shared view of the plot opens as shared', async () => {
    const response = await fetch(host.url('model?support=9&challenge=3'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/mentoring/model/?support=9&challenge=3');
  });

  it('answers an address with a malformed escape with 400, and goes on serving', async () => {
    const response = await fetch(host.url('%E0%A4%A'));
    expect(response.status).toBe(400);
    expect((await fetch(host.url('model/'))).status).toBe(200);
  });

  it('answers an unknown address, and one outside the base path, with 404.html and status 404', async () => {
    for (const url of [host.url('no-such-page/'), `${host.origin}/model/`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('<h1>Page not found</h1>');
    }
  });

  it('listens on the port it is given, and says so when the port is taken', async () => {
    const taken = Number(new URL(host.origin).port);
    await expect(serveStatic(site, '/mentoring/', { port: taken })).rejects.toThrow(/EADDRINUSE/);
    // A port that was free a moment ago: the one a server on port 0 was given.
    const probe = createServer();
    const free = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)));
    await new Promise((closed) => probe.close(closed));
    const second = await serveStatic(site, '/mentoring/', { port: free });
    expect(second.origin).toBe(`http://127.0.0.1:${free}`);
    expect((await fetch(second.url())).status).toBe(200);
    await second.close();
  });
});
