// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { resolveDeployment } from './src/site/deployment.ts';
import { search } from './src/search/build/search.ts';
import { linkPreviews } from './src/link-previews/build/linkPreviews.ts';
import { contentSecurityPolicy, pagePolicies } from './src/security/build/csp.ts';
import { offline } from './src/offline/build/offline.ts';
import { hosting } from './src/security/build/hosting.ts';
import { clientContentModules } from './src/build/clientModules.ts';
import { readInstitution } from './src/institution/build/institutionFile.ts';

// Two build-time settings let an institution host the guide anywhere:
// SITE_BASE is the sub-path it is served under (e.g. /mentoring/), SITE_URL the
// public origin used for canonical links. SITE_OUT_DIR exists so the test suite
// can build a root and a sub-path copy side by side, and SITE_CACHE_DIR so that
// builds the tests run at the same time (in copies of the project that share its
// node_modules) each keep their own cache.
// content/data/institution.yaml may give the public address instead (see
// docs/adopting.md); its embedOrigins go into the header files.
const institution = readInstitution(fileURLToPath(new URL('.', import.meta.url)));
const { base, site } = resolveDeployment(process.env, institution.siteUrl);

export default defineConfig({
  site,
  base,
  outDir: process.env.SITE_OUT_DIR || './dist',
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Inline all CSS so a page needs one round trip: HTML and CSS together
    // stay within the first 14 KB on a slow hospital connection.
    inlineStylesheets: 'always',
  },
  // Order matters in the build:done steps: Pagefind indexes the pages, link-preview pictures are drawn (and the sitemap written), each page's
  // policy is narrowed, the service worker precaches the final files, and the
  // header files for static hosts are written from the pages' policies.
  integrations: [mdx(), preact(), clientContentModules(), search(), linkPreviews({ organisation: institution.organisation }), pagePolicies(), offline(), hosting({ embedOrigins: institution.embedOrigins })],
  devToolbar: { enabled: false },
  // Two entries with the same id in a data file (a reference key, an example
  // relationship) fail the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  // A strict Content-Security-Policy on every page (see src/security/securityPolicy.ts).
  security: { csp: contentSecurityPolicy() },
  // Shiki colours code with style="" attributes, which the CSP blocks; the guide has no code to colour.
  markdown: { syntaxHighlight: false },
});
