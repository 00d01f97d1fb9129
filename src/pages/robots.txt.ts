// robots.txt: every page may be crawled (redirect pages ask not to be indexed
// themselves). With SITE_URL it names the sitemap, under the base path. Crawlers
// read robots.txt only at the host's root: under a sub-path, copy the Sitemap
// line into the host's own robots.txt (see docs/deploying.md).
import type { APIRoute } from 'astro';
import { robotsText } from '~/link-previews/robots';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsText(import.meta.env.BASE_URL, site?.origin), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
