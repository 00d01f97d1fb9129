import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { guidePagePaths, siteUrl } from './support/sites';

const browser = useChromium();

describe('heading anchors', () => {
  it.each(guidePagePaths())('every section heading on "/%s" has a unique id and a link to itself', async (path) => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', path));
    const headings = await page.locator('main article h2, main article h3').evaluateAll((elements) =>
      elements
        .filter((heading) => !heading.closest('nav'))
        .map((heading) => ({
          id: heading.id,
          anchor: heading.parentElement?.querySelector('a.heading-anchor')?.getAttribute('href') ?? null,
          label: heading.parentElement?.querySelector('a.heading-anchor')?.textContent ?? '',
          text: heading.textContent ?? '',
        })),
    );
    for (const heading of headings) {
      expect(heading.id, heading.text).not.toBe('');
      expect(heading.anchor).toBe(`#${heading.id}`);
      expect(heading.label).toContain(heading.text);
    }
    const ids = headings.map((heading) => heading.id);
    expect(new Set(ids).size).toBe(ids.length);
    await close();
  });

  it('a section link opens the page at that section', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 800, height: 600 } });
    await page.goto(siteUrl('sub', 'dos-and-donts/#track-progress'));
    const top = () => page.locator('#track-progress').evaluate((element) => element.getBoundingClientRect().top);
    // Scrolling may be animated; what matters is where the reader ends up.
    await expect.poll(top, { timeout: 5_000 }).toBeLessThan(100);
    expect(await top()).toBeGreaterThanOrEqual(0);
    await close();
  });

  it('the on-page table of contents links to every section of a long page', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'model/'));
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const targets = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const sections = await page
      .locator('main article .heading-wrapper :is(h2, h3)')
      .evaluateAll((headings) => headings.map((heading) => `#${heading.id}`));
    expect(targets).toEqual(sections);
    await close();
  });
});
