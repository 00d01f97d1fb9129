/** The sitemap @astrojs/sitemap writes, under the site base. */
export const SITEMAP_FILE = 'sitemap-index.xml';

/** robots.txt for a site built at `base`, naming its sitemap when the public origin is known. */
export function robotsText(base: string, site?: string): string {
  const lines = ['User-agent: *', `Allow: ${base}`];
  if (site) lines.push('', `Sitemap: ${new URL(`${base}${SITEMAP_FILE}`, site).href}`);
  return `${lines.join('\n')}\n`;
}
