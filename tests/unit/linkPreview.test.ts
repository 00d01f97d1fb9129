import { describe, expect, it } from 'vitest';
import { pagePathOf, pagePreview, previewImagePath, PREVIEW_IMAGE } from '~/link-previews/linkPreview';
import { robotsText } from '~/link-previews/robots';

const input = {
  pathname: '/model/',
  base: '/',
  title: 'The mentoring model',
  description: 'How support, challenge and vision work together.',
  siteName: 'Informal Mentoring in Medicine',
  imageAltTemplate: '{site}: {title}',
};

describe('page paths and preview image paths', () => {
  it.each([
    ['/', '/', ''],
    ['/model/', '/', 'model/'],
    ['/model', '/', 'model/'],
    ['/mentoring/', '/mentoring/', ''],
    ['/mentoring/self-assessment/paper/', '/mentoring/', 'self-assessment/paper/'],
    ['/404.html', '/', '404.html'],
  ])('%s under base %s is "%s"', (pathname, base, path) => expect(pagePathOf(pathname, base)).toBe(path));

  it.each([
    ['', 'og/index.png'],
    ['model/', 'og/model.png'],
    ['self-assessment/paper/', 'og/self-assessment/paper.png'],
    ['404/', 'og/404.png'],
    ['404.html', 'og/404.png'],
  ])('"%s" has its image at %s', (path, image) => expect(previewImagePath(path)).toBe(image));
});

describe('pagePreview', () => {
  it('gives absolute addresses for the page and image when SITE_URL is set', () => {
    const preview = pagePreview({ ...input, site: 'https://faculty.example.edu' });
    expect(preview).toEqual({
      title: 'The mentoring model',
      description: 'How support, challenge and vision work together.',
      siteName: 'Informal Mentoring in Medicine',
      url: 'https://faculty.example.edu/model/',
      image: 'https://faculty.example.edu/og/model.png',
      imageAlt: 'Informal Mentoring in Medicine: The mentoring model',
      type: 'article',
      locale: 'en_GB',
    });
  });

  it('adds the base path to both addresses', () => {
    const preview = pagePreview({ ...input, pathname: '/mentoring/model/', base: '/mentoring/', site: 'https://faculty.example.edu' });
    expect(preview.url).toBe('https://faculty.example.edu/mentoring/model/');
    expect(preview.image).toBe('https://faculty.example.edu/mentoring/og/model.png');
  });

  it('without SITE_URL has no page address and names the image by its path from the host root', () => {
    const preview = pagePreview({ ...input, pathname: '/mentoring/model/', base: '/mentoring/' });
    expect(preview.url).toBeUndefined();
    expect(preview.image).toBe('/mentoring/og/model.png');
  });

  it('describes the home page (titled with the site name) as a website, naming the site once', () => {
    const preview = pagePreview({ ...input, pathname: '/', title: input.siteName, site: 'https://faculty.example.edu' });
    expect(preview.type).toBe('website');
    expect(preview.imageAlt).toBe('Informal Mentoring in Medicine');
    expect(preview.image).toBe('https://faculty.example.edu/og/index.png');
  });

  it('draws images at the size link previews use', () => {
    expect(PREVIEW_IMAGE).toEqual({ width: 1200, height: 630 });
  });
});

describe('robots.txt', () => {
  it('allows everything and names the sitemap with SITE_URL', () => {
    expect(robotsText('/', 'https://faculty.example.edu')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://faculty.example.edu/sitemap-index.xml\n',
    );
  });

  it('uses the base path, and names no sitemap without SITE_URL', () => {
    expect(robotsText('/mentoring/', 'https://faculty.example.edu')).toContain('Sitemap: https://faculty.example.edu/mentoring/sitemap-index.xml');
    expect(robotsText('/mentoring/')).toBe('User-agent: *\nAllow: /mentoring/\n');
  });
});

describe('the not-found page', () => {
  it('has a preview but no address of its own (it is shown at any missing address)', () => {
    const preview = pagePreview({ ...input, pathname: '/mentoring/404/', base: '/mentoring/', site: 'https://faculty.example.edu' });
    expect(preview.url).toBeUndefined();
    expect(preview.image).toBe('https://faculty.example.edu/mentoring/og/404.png');
  });
});
