import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sitemap from '@astrojs/sitemap';
import { aliasTargetProblems, type Alias } from '~/aliases/aliases';
import { PREVIEW_FOLDER } from '~/link-previews/linkPreview';
import { readBuiltPages, type BuiltPage } from '~/build/builtPages';
import { renderPreviewImage } from './previewImage';

// Link-friendly pages, checked on what the build actually wrote, so that pages
// added by any route are covered without registering them anywhere:
// - every redirect page (an alias, see src/pages/[...alias].astro) leads to a
//   real page and section;
// - every other page has its link-preview tags (BaseLayout writes them), and
//   the image its og:image names is drawn here;
// - the sitemap lists the real pages only.

const REQUIRED_TAGS = ['og:title', 'og:description', 'og:site_name', 'og:image'];

/** "/mentoring/model/#vision" (as a redirect page or og:image names it) → the path inside the site. */
function insideSite(address: string, base: string, site: string | undefined): string | undefined {
  const url = new URL(address, site ?? 'http://site.invalid');
  if (site && url.origin !== new URL(site).origin) return undefined;
  return url.pathname.startsWith(base) ? url.pathname.slice(base.length) + url.hash : undefined;
}

function checkRedirects(redirects: BuiltPage[], real: BuiltPage[], base: string, site: string | undefined): string[] {
  const pages = new Map(real.map((page) => [page.path, page.ids]));
  const aliases: Alias[] = [];
  const problems: string[] = [];
  for (const page of redirects) {
    const target = insideSite(page.refreshTo!, base, site);
    if (target === undefined) {
      problems.push(`Redirect page "/${page.path}" leads outside the site (${page.refreshTo}).`);
      continue;
    }
    const [to, fragment] = target.split('#');
    aliases.push({ from: page.path, to, ...(fragment && { fragment }) });
  }
  return [...problems, ...aliasTargetProblems(aliases, pages)];
}

async function writePreviewImages(pages: BuiltPage[], outDir: string, base: string, site: string | undefined, logger: AstroIntegrationLogger, organisation?: string) {
  const problems: string[] = [];
  const images = new Map<string, { siteName: string; title: string; page: string }>();
  for (const page of pages) {
    const missing = REQUIRED_TAGS.filter((tag) => !page.meta.get(tag));
    if (missing.length) {
      problems.push(`Page "/${page.path}" has no ${missing.join(', ')}: render it with src/site/BaseLayout.astro and give it a title and description.`);
      continue;
    }
    const image = insideSite(page.meta.get('og:image')!, base, site);
    if (!image || !image.startsWith(`${PREVIEW_FOLDER}/`) || !image.endsWith('.png') || image.includes('..')) {
      problems.push(`Page "/${page.path}": its og:image (${page.meta.get('og:image')}) is not a PNG in ${base}${PREVIEW_FOLDER}/.`);
      continue;
    }
    const wanted = { siteName: page.meta.get('og:site_name')!, title: page.meta.get('og:title')!, page: page.path };
    const earlier = images.get(image);
    if (earlier && (earlier.title !== wanted.title || earlier.siteName !== wanted.siteName)) {
      problems.push(`Pages "/${earlier.page}" and "/${page.path}" both want the preview image ${image} with different titles.`);
    }
    images.set(image, wanted);
  }
  if (problems.length) throw new Error(`Link previews:\n  ${problems.join('\n  ')}`);
  for (const [image, { siteName, title }] of images) {
    const file = join(outDir, image);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await renderPreviewImage(siteName, title, organisation));
  }
  logger.info(`${images.size} link-preview images written to ${base}${PREVIEW_FOLDER}/.`);
}

/**
 * Preview images, redirect checks and the sitemap (which must run after them: it leaves the redirect pages out).
 * `organisation` (content/data/institution.yaml) is drawn under the site's name.
 */
export function linkPreviews({ organisation }: { organisation?: string } = {}): AstroIntegration[] {
  let base = '/';
  let site: string | undefined;
  const redirectUrls = new Set<string>();
  const checks: AstroIntegration = {
    name: 'informal-mentoring:link-previews',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = readBuiltPages(outDir);
        const redirects = pages.filter((page) => page.refreshTo !== undefined);
        const real = pages.filter((page) => page.refreshTo === undefined);
        const problems = checkRedirects(redirects, real, base, site);
        if (problems.length) throw new Error(`content/data/aliases.yaml:\n  ${problems.join('\n  ')}`);
        if (site) for (const page of redirects) redirectUrls.add(new URL(`${base}${page.path}`, site).href);
        else logger.warn('SITE_URL is not set: no canonical links, og:url or sitemap, and preview images are named by path only, which some apps ignore (see docs/deploying.md).');
        await writePreviewImages(real, outDir, base, site, logger, organisation);
      },
    },
  };
  return [checks, sitemap({ filter: (url) => !redirectUrls.has(url) })];
}
