import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

// E2E_PORT moves both test servers, so two checkouts can run their suites at once.
const firstPort = Number(process.env.E2E_PORT) || 4411;

/**
 * The two builds the end-to-end tests run against: the generic guide at the
 * root, and an example institution's guide (support/institution.ts) under a
 * sub-path, without SITE_URL.
 */
export const SITES = {
  root: { base: '/', outDir: 'dist-test/root', port: firstPort, siteUrl: 'https://faculty.example.edu', institution: '' },
  sub: { base: '/mentoring/', outDir: 'dist-test/sub', port: firstPort + 1, siteUrl: '', institution: 'dist-test/institution.yaml' },
} as const;

/** Course pages that frame the embed pages: one from an origin the example institution allows, one from another. */
export const EMBED_HOSTS = {
  allowed: `http://127.0.0.1:${firstPort + 2}`,
  refused: `http://127.0.0.1:${firstPort + 3}`,
} as const;

export type SiteName = keyof typeof SITES;

/** Origin plus base path of a running test site, e.g. http://127.0.0.1:4412/mentoring/. */
export function siteUrl(name: SiteName, path = ''): string {
  const { base, port } = SITES[name];
  return `http://127.0.0.1:${port}${base}${path.replace(/^\//, '')}`;
}

/** Paths of the guide pages, from the files in content/guide (index.mdx is the home page). */
export function guidePagePaths(): string[] {
  return readdirSync(`${projectRoot}content/guide`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .map((id) => (id === 'index' ? '' : `${id}/`))
    .sort();
}
