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

/** Directives browsers ignore in a <meta> tag: they only work as a header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The other security headers every response gets. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Links to journals and PubMed do not tell them which page the reader came from.
  'Referrer-Policy': 'no-referrer',
  // The guide uses none of these; fullscreen (projector mode) and the
  // clipboard (copy link) stay allowed for the site itself.
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The header form of a page's policy: the meta tag's policy plus the header-only directives. */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}
