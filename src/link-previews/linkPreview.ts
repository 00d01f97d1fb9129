/**
 * What a page tells link previews (Open Graph, Twitter cards) and search
 * engines about itself: its address, title, description and preview image.
 * The build draws each preview image from these same tags (src/link-previews/build/linkPreviews.ts).
 */

/** Preview images are drawn at the size Open Graph and Twitter cards show best. */
export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

/** The guide is written in British English. */
export const PREVIEW_LOCALE = 'en_GB';

/** The folder under the site base that holds the preview images. */
export const PREVIEW_FOLDER = 'og';

export interface PreviewInput {
  /** The page's address as Astro sees it, base included: "/mentoring/model/". */
  pathname: string;
  /** The site's base path, "/" or "/mentoring/". */
  base: string;
  /** The public origin (SITE_URL), when configured. */
  site?: string;
  title: string;
  description: string;
  siteName: string;
  /** How the image is described to screen readers: "{title}" and "{site}" are filled in. */
  imageAltTemplate: string;
}

export interface PagePreview {
  title: string;
  description: string;
  siteName: string;
  /** The page's absolute address; only with SITE_URL. Also the canonical link. */
  url?: string;
  /** The preview image: absolute with SITE_URL, otherwise a path from the host's root (see docs/deploying.md). */
  image: string;
  imageAlt: string;
  type: 'website' | 'article';
  locale: string;
}

/** The page's path inside the site, without the base: "/mentoring/model/" → "model/"; the home page is "". */
export function pagePathOf(pathname: string, base: string): string {
  const withSlash = pathname.endsWith('/') || pathname.endsWith('.html') ? pathname : `${pathname}/`;
  const inside = withSlash.startsWith(base) ? withSlash.slice(base.length) : withSlash.replace(/^\//, '');
  return inside.replace(/(^|\/)index\.html$/, '$1');
}

/** The preview image of a page, relative to the site base: "" → "og/index.png", "self-assessment/paper/" → "og/self-assessment/paper.png". */
export function previewImagePath(pagePath: string): string {
  const name = pagePath.replace(/\/$/, '').replace(/\.html$/, '') || 'index';
  return `${PREVIEW_FOLDER}/${name}.png`;
}

/** The not-found page, shown at any missing address: it has no address of its own to name. */
const NOT_FOUND_PATH = '404/';

/** Everything a page's head needs for link previews and its canonical link. */
export function pagePreview(input: PreviewInput): PagePreview {
  const pagePath = pagePathOf(input.pathname, input.base);
  const imagePath = `${input.base}${previewImagePath(pagePath)}`;
  return {
    title: input.title,
    description: input.description,
    siteName: input.siteName,
    url: input.site && pagePath !== NOT_FOUND_PATH ? new URL(`${input.base}${pagePath}`, input.site).href : undefined,
    image: input.site ? new URL(imagePath, input.site).href : imagePath,
    // The home page's title is the site's name: say it once.
    imageAlt:
      input.title === input.siteName
        ? input.siteName
        : input.imageAltTemplate.replaceAll('{title}', input.title).replaceAll('{site}', input.siteName),
    type: pagePath === '' ? 'website' : 'article',
    locale: PREVIEW_LOCALE,
  };
}
