import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations, openPage, useChromium } from './support/browser';
import { projectRoot, siteUrl, SITES } from './support/sites';

// The printable one-page handout (/handout/): one page of A4 and of Letter, the
// QR code back to the configured site, the sub-path build without SITE_URL, and
// its words taken from the guide's own content.

const browser = useChromium();
const load = (file: string) => parse(readFileSync(`${projectRoot}content/data/${file}`, 'utf8'));
const words = load('handout.yaml').handout as { noAddress: string; heading: string };
const PAGE_COUNT = /\/Type\s*\/Page(?!s)/g;
const MM = 96 / 25.4;
/** The paper sizes in CSS pixels, and the handout's page margin (12 mm, handout.css). */
const PAPER = { A4: { width: 210 * MM, height: 297 * MM }, Letter: { width: 8.5 * 96, height: 11 * 96 } } as const;
const MARGIN = 12 * MM;

describe('the one-page handout', () => {
  it.each(['A4', 'Letter'] as const)('prints on exactly one page of %s, nothing clipped', async (format) => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'handout/'));
    const pdf = await page.pdf({ format });
    expect(pdf.toString('latin1').match(PAGE_COUNT)).toHaveLength(1);

    // Laid out at the page's content area, the handout and its last part fit inside it.
    const width = Math.floor(PAPER[format].width - 2 * MARGIN);
    const height = Math.floor(PAPER[format].height - 2 * MARGIN);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('article.handout').boundingBox();
    const last = await page.locator('.handout-foot').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    expect(last!.y + last!.height).toBeLessThanOrEqual(height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
    for (const hidden of ['.site-header', '.site-footer', '.handout-tip']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.qr-code').isVisible()).toBe(true);
    await close();
  });

  it('has a QR code that encodes the configured site address, printed beside it', async () => {
    const { page, close } = await openPage(browser(), { deviceScaleFactor: 2 });
    await page.goto(siteUrl('root', 'handout/'));
    const qr = page.locator('svg.qr-code');
    expect(await qr.getAttribute('style')).toBeNull();
    expect(await page.locator('main [style]').count()).toBe(0);
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${SITES.root.siteUrl}/`);
    expect(await page.locator('.handout-qr figcaption a').innerText()).toBe('https://faculty.example.edu/');
    expect(await page.locator('.handout-qr figcaption a').getAttribute('href')).toBe('https://faculty.example.edu/');
    expect(await qr.getAttribute('aria-label')).toContain('https://faculty.example.edu/');
    await close();
  });

  it('without SITE_URL (the sub-path build) has no QR code and says why, never a wrong address', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'handout/'));
    expect(await page.locator('.qr-code').count()).toBe(0);
    expect(await page.locator('.handout-no-address').innerText()).toBe(words.noAddress.trim());
    const html = await page.content();
    expect(html).not.toMatch(/127\.0\.0\.1|localhost|faculty\.example\.edu/);
    // The guide's own links (the example institution's programmes link to its own sites).
    const hrefs = await page.locator('main a:not(.institution-programmes a)').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/mentoring\//);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(PAGE_COUNT)).toHaveLength(1);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('takes its words from the guide: the quotation, the model, the quadrants, the do\'s and don\'ts, the references', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'dos-and-donts/'));
    const guideDos = await page.locator('main h3').allInnerTexts();
    await page.goto(siteUrl('root'));
    const homeQuote = await page.locator('main blockquote').first().innerText();
    await page.goto(siteUrl('root', 'references/'));
    const handoutRefs = await page.locator('main ul.references').first().locator('li > p:first-child').allInnerTexts();

    await page.goto(siteUrl('root', 'handout/'));
    expect(await page.locator('h1').innerText()).toBe(words.heading);
    expect(await page.locator('.handout-dos li').allInnerTexts()).toEqual(guideDos.map((text) => text.replace(/\s*#$/, '').trim()));
    expect(await page.locator('.handout-quote blockquote').innerText()).toBe(homeQuote);
    expect(await page.locator('.handout-quote figcaption').innerText()).toContain('Parker J. Palmer');
    for (const quadrant of load('quadrants.yaml') as { name: string; experience: string }[]) {
      const item = page.locator('.handout-quadrant', { hasText: quadrant.name });
      expect(await item.innerText()).toContain(quadrant.experience.trim());
    }
    for (const element of (load('model.yaml').model.elements as { name: string }[])) {
      expect(await page.locator('.handout-elements dt').allInnerTexts()).toContain(element.name);
    }
    expect(await page.locator('.handout-references li').allInnerTexts()).toEqual(handoutRefs);
    // The figures keep their sources' credits, on paper too.
    expect(await page.locator('.handout-credit').allInnerTexts()).toEqual(['Adapted from Daloz (1986)', 'Adapted from Rose, Rukstalis & Schuckit (2005)']);
    await page.emulateMedia({ media: 'print' });
    for (const credit of await page.locator('.handout-credit').all()) expect(await credit.isVisible()).toBe(true);
    await close();
  });

  // The root build's handout is checked in both themes with every other page (accessibility.test.ts); here the sub-path build's, without a QR code.
  it.each(['light', 'dark'] as const)('has no axe violations, %s theme, on the sub-path build', async (theme) => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await page.goto(siteUrl('sub', 'handout/'));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
