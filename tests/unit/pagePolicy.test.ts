import { describe, expect, it } from 'vitest';
import { blockedAttributes, cspHash, hashSource, inlineHashes, narrowPagePolicy, unionPolicy } from '~/security/pagePolicy';

const THEME = '(() => document.documentElement.classList.add("js"))();';
const OTHER = 'console.log("another page");';
const CSS = 'body{margin:0}';
const SITE_POLICY = `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(THEME)} ${hashSource(OTHER)}; style-src 'self' ${hashSource(CSS)} 'sha256-unused=';`;
const page = (body: string, policy = SITE_POLICY) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>${THEME}</script><meta http-equiv="content-security-policy" content="${policy}"><style>${CSS}</style></head><body>${body}</body></html>`;

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, not external scripts or JSON data', () => {
    const html = `<script>${THEME}</script><script type="module" src="/a.js"></script><script data-worker="/sw.js">${OTHER}</script><script type="application/json">{}</script><style>${CSS}</style>`;
    expect(inlineHashes(html)).toEqual({ scripts: [hashSource(THEME), hashSource(OTHER)], styles: [hashSource(CSS)] });
  });

  it('computes the hash browsers compute (base64 SHA-256 of the exact text)', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('narrowPagePolicy', () => {
  it("keeps only the hashes of the page's own inline code, and moves the policy right after <meta charset>", () => {
    const { html, policy } = narrowPagePolicy(page('<p>Hi</p>'), '/x/');
    expect(policy).toBe(`default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(THEME)}; style-src 'self' ${hashSource(CSS)}`);
    expect(html).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src/);
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    expect(html).toContain('<p>Hi</p>');
  });

  it('fails, naming the page, when a page inlines a script the policy does not allow', () => {
    const html = page(`<script>alert(1)</script>`);
    expect(() => narrowPagePolicy(html, '/handout/')).toThrow(/\/handout\/ has an inline script that the Content-Security-Policy does not allow/);
  });

  it('fails on an inline style the policy does not allow', () => {
    expect(() => narrowPagePolicy(page('<style>p{color:red}</style>'), '/a/')).toThrow(/inline style/);
  });

  it('fails on a style="" attribute or an inline event handler, naming them', () => {
    expect(() => narrowPagePolicy(page('<svg><rect style="fill:red"/></svg>'), '/plot/')).toThrow(/\/plot\/ has <rect style="fill:red"/);
    expect(() => narrowPagePolicy(page('<button onclick="go()">Go</button>'), '/b/')).toThrow(/onclick/);
  });

  it('leaves a page without a policy and without inline code alone (a redirect page)', () => {
    const redirect = '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/model/">';
    expect(narrowPagePolicy(redirect, '/old/')).toEqual({ html: redirect });
  });

  it('fails on a page with inline code but no policy', () => {
    expect(() => narrowPagePolicy(`<html><head><style>${CSS}</style></head></html>`, '/p/')).toThrow(/no Content-Security-Policy/);
  });
});

describe('blockedAttributes', () => {
  it('ignores text that only looks like an attribute inside scripts', () => {
    expect(blockedAttributes(`<script>el.innerHTML = '<b style="x">'</script><p class="style">style= here</p>`)).toEqual([]);
  });
});

describe('unionPolicy', () => {
  it('merges the pages’ hash lists per directive, in order, without repeats', () => {
    expect(unionPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'sha256-c'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'sha256-c'",
    );
  });
});

describe('the one CSP hash', () => {
  it('is the base64 SHA-256 of the text, as browsers compute it (the empty text\'s well-known digest)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('is quoted as a source expression for a policy, and hashes non-ASCII text as UTF-8', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(cspHash('é')).toBe('sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
  });
});
