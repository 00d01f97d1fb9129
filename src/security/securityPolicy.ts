/**
 * The site's security policy, in one place. Astro's `security.csp` puts the
 * Content-Security-Policy in a <meta> tag on every page (with the hashes of
 * the page's inline scripts and styles); the hosting integration writes the
 * same policy, plus what a meta tag cannot carry, into header files for
 * static hosts (src/security/build/hosting.ts).
 */

/** Directives besides script-src and style-src, which Astro writes with their hashes. */
export const CSP_DIRECTIVES = [
  // Everything else (images, fonts, fetches, workers, the manifest) from the
  // site itself only. Pagefind searches in a web worker loaded from
  // pagefind/pagefind-worker.js and the service worker is sw.js: both are the
  // site's own files, so neither needs blob:.
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src besides the hashes: the site's own files, and 'wasm-unsafe-eval'
 * because Pagefind compiles its WebAssembly search engine (it allows compiling
 * WebAssembly only, not eval()).
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** style-src besides the hashes of the inlined stylesheets. */
export const STYLE_RESOURCES = ["'self'"] as const;

/**
 * frame-ancestors, which browsers ignore in a <meta> tag (it only works as a
 * header): the site itself may frame its pages, and
 * so may the origins given, which content/data/institution.yaml's embedOrigins
 * names for the /embed/ pages only.
 */
export function frameAncestors(origins: readonly string[] = []): string {
  return ["frame-ancestors 'self'", ...origins].join(' ');
}

/** The other security headers every response gets. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Links to journals and PubMed do not tell them which page the reader came from.
  'Referrer-Policy': 'no-referrer',
  // The guide uses none of these; fullscreen (projector mode) and the
  // clipboard (copy link) stay allowed for the site itself.
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * X-Frame-Options, for browsers that predate frame-ancestors: SAMEORIGIN where
 * only the site may frame a page. It cannot name other origins, so a path that
 * allows some sends none (browsers that know frame-ancestors ignore it anyway).
 */
export function frameOptions(origins: readonly string[] = []): [string, string][] {
  return origins.length === 0 ? [['X-Frame-Options', 'SAMEORIGIN']] : [];
}

/** The header form of a page's policy: the meta tag's policy plus frame-ancestors, with `origins` allowed to frame it. */
export function headerPolicy(metaPolicy: string, origins: readonly string[] = []): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, frameAncestors(origins)].join('; ');
}
