import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/static-host.mjs';
import { CACHE_CONTROL, netlifyHeaders } from '~/security/hostHeaders';
import { SECURITY_HEADERS } from '~/security/securityPolicy';

// The benchmark and the end-to-end tests serve dist/ with the headers of the
// generated _headers file; these check that they read it as a host would.

const POLICY = "default-src 'self'";

describe('the static host reading a generated _headers file', () => {
  const rules = parseHeadersFile(netlifyHeaders('/mentoring/', POLICY));

  it('gives every page under the base path the security headers, and no year-long cache', () => {
    const headers = headersFor(rules, '/mentoring/model/');
    expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
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

  it('matches an exact path only exactly, and lets a later rule replace an earlier value', () => {
    const rules = parseHeadersFile('/*\n  X-Kind: any\n/exact\n  X-Kind: exact\n');
    expect(headersFor(rules, '/exact')).toEqual({ 'x-kind': 'exact' });
    expect(headersFor(rules, '/exact/more')).toEqual({ 'x-kind': 'any' });
  });
});
