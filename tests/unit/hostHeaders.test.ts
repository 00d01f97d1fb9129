import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, netlifyHeaders, nginxHeaders } from '~/security/hostHeaders';
import { headerPolicy, SECURITY_HEADERS } from '~/security/securityPolicy';
import { headersFor, parseHeadersFile } from '../../scripts/static-host.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-a'";
const LMS = 'https://canvas.example.edu';
const TOP_LEVEL = ['404.html', '_astro/', 'embed/', 'index.html', 'model/', 'sw.js'];

describe('headerPolicy', () => {
  it("adds frame-ancestors, which a <meta> policy cannot carry, and never 'unsafe-inline'", () => {
    expect(headerPolicy(`${POLICY};`)).toBe(`${POLICY}; frame-ancestors 'self'`);
    expect(headerPolicy(POLICY, [LMS])).toBe(`${POLICY}; frame-ancestors 'self' ${LMS}`);
    expect(headerPolicy(POLICY)).not.toContain('unsafe-inline');
  });
});

describe('the _headers file', () => {
  it('sends every security header for every path under the base, and caches hashed files for a year', () => {
    const file = netlifyHeaders('/mentoring/', { sitePolicy: POLICY });
    expect(file).toContain(`/mentoring/*\n  Content-Security-Policy: ${POLICY}; frame-ancestors 'self'\n  X-Frame-Options: SAMEORIGIN\n`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
    expect(file).toContain(`/mentoring/_astro/*\n  Cache-Control: ${CACHE_CONTROL.hashed}`);
    // Only one rule sets Cache-Control: these hosts join the values of two matching rules.
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });

  it('uses / at the root', () => {
    expect(netlifyHeaders('/', { sitePolicy: POLICY })).toMatch(/^\/\*$/m);
  });
});

describe('the _headers file with embedOrigins', () => {
  const rules = parseHeadersFile(netlifyHeaders('/mentoring/', { sitePolicy: POLICY, embedOrigins: [LMS], topLevel: TOP_LEVEL }));
  const framing = (path: string) => {
    const headers = headersFor(rules, path);
    return { csp: headers['content-security-policy'], frameOptions: headers['x-frame-options'] };
  };

  it('lets the origins frame the embed pages only, with one CSP and no X-Frame-Options there', () => {
    expect(framing('/mentoring/embed/plot/')).toEqual({ csp: `${POLICY}; frame-ancestors 'self' ${LMS}`, frameOptions: undefined });
  });

  it.each(['/mentoring/', '/mentoring/index.html', '/mentoring/model/', '/mentoring/sw.js', '/mentoring/_astro/x.js', '/mentoring/404.html'])(
    'lets only the site frame %s, with exactly one CSP even where hosts join matching rules',
    (path) => {
      expect(framing(path)).toEqual({ csp: `${POLICY}; frame-ancestors 'self'`, frameOptions: 'SAMEORIGIN' });
    },
  );

  it('still sends the other security headers everywhere', () => {
    for (const path of ['/mentoring/embed/plot/', '/mentoring/model/']) {
      const headers = headersFor(rules, path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()]).toBe(value);
    }
  });
});

describe('the nginx snippets', () => {
  it('has the same headers as add_header lines, sent with errors too (always)', () => {
    const snippet = nginxHeaders({ sitePolicy: POLICY, embedOrigins: [LMS] });
    expect(snippet).toContain(`add_header Content-Security-Policy "${POLICY}; frame-ancestors 'self'" always;`);
    expect(snippet).toContain('add_header X-Frame-Options "SAMEORIGIN" always;');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
  });

  it('gives the embed location the origins, and no X-Frame-Options when there are any', () => {
    const embed = nginxHeaders({ sitePolicy: POLICY, embedOrigins: [LMS] }, { embed: true });
    expect(embed).toContain(`add_header Content-Security-Policy "${POLICY}; frame-ancestors 'self' ${LMS}" always;`);
    expect(embed).not.toContain('X-Frame-Options');
    expect(nginxHeaders({ sitePolicy: POLICY }, { embed: true })).toContain('add_header X-Frame-Options "SAMEORIGIN" always;');
  });
});
