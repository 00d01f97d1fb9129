/**
 * The address the handout's QR code opens: the site's public origin (SITE_URL)
 * joined with its sub-path (SITE_BASE), e.g. https://faculty.example.edu/mentoring/.
 * Without SITE_URL there is no public address to give, so there is no QR code
 * (undefined), never a guessed or local one.
 */
export function qrTargetUrl(site: string | URL | undefined, base: string): string | undefined {
  if (site === undefined || String(site).trim() === '') return undefined;
  const origin = new URL(String(site)).origin;
  const path = `/${base.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return new URL(path, origin).href;
}
