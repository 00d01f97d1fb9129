import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, netlifyHeaders, nginxHeaders } from '~/security/hostHeaders';
import { headerPolicy, SECURITY_HEADERS } from '~/security/securityPolicy';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-a'";

describe('headerPolicy', () => {
  it("adds frame-ancestors, which a <meta> policy cannot carry, and never 'unsafe-inline'", () => {
    expect(headerPolicy(`${POLICY};`)).toBe(`${POLICY}; frame-ancestors 'none'`);
    expect(headerPolicy(POLICY)).not.toContain('unsafe-inline');
  });
});

describe('the _headers file', () => {
  it('sends every security header for every path under the base, and caches hashed files for a year', () => {
    const file = netlifyHeaders('/mentoring/', POLICY);
    expect(file).toContain(`/mentoring/*\n  Content-Security-Policy: ${POLICY}; frame-ancestors 'none'\n`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
    expect(file).toContain(`/mentoring/_astro/*\n  Cache-Control: ${CACHE_CONTROL.hashed}`);
    // Only one rule sets Cache-Control: these hosts join the values of two matching rules.
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });

  it('uses / at the root', () => {
    expect(netlifyHeaders('/', POLICY)).toMatch(/^\/\*$/m);
  });
});

describe('the nginx snippet', () => {
  it('has the same headers as add_header lines, sent with errors too (always)', () => {
    const snippet = nginxHeaders(POLICY);
    expect(snippet).toContain(`add_header Content-Security-Policy "${POLICY}; frame-ancestors 'none'" always;`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
  });
});
