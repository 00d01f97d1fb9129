/**
 * Reads where the site is deployed from the build environment: SITE_BASE, the
 * sub-path (default "/"), and SITE_URL, the public origin. A malformed value
 * stops the build with a message that says what to write instead.
 */
export interface Deployment {
  base: string;
  site?: string;
}

/**
 * `siteUrl` is content/data/institution.yaml's public address: its origin
 * stands in for SITE_URL and its path for SITE_BASE, each when that variable
 * is not set (a host that knows better, such as the GitHub Pages workflow, sets them).
 */
export function resolveDeployment(env: Record<string, string | undefined>, siteUrl?: string): Deployment {
  const fromFile = siteUrl ? new URL(siteUrl) : undefined;
  return {
    base: resolveBase(env.SITE_BASE ?? fromFile?.pathname),
    site: resolveSite(env.SITE_URL ?? fromFile?.origin),
  };
}

/** "/mentoring" or "mentoring/" become "/mentoring/"; empty means the root. */
export function resolveBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (/^[a-z]+:\/\//i.test(value) || value.includes('?') || value.includes('#') || value.includes('..')) {
    throw new Error(`SITE_BASE must be a path such as /mentoring/, not "${value}".`);
  }
  const segments = value.split('/').filter(Boolean);
  return `/${segments.join('/')}/`;
}

/** The origin of the public site, e.g. https://faculty.example.edu (a path in SITE_URL is dropped: SITE_BASE gives the path). */
export function resolveSite(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be a full address such as https://faculty.example.edu, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (or http://), not "${value}".`);
  }
  return url.origin;
}
