import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openPage, useChromium } from './support/browser';
import { guidePagePaths, projectRoot, siteUrl } from './support/sites';

const browser = useChromium();

describe('with JavaScript disabled', () => {
  it.each(guidePagePaths())('"/%s" shows its whole content and working navigation', async (path) => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', path));
    expect(await page.locator('h1').isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(800);
    expect(await page.getByRole('navigation', { name: 'Guide' }).getByRole('link').count()).toBe(guidePagePaths().length);
    await close();
  });

  it('the model page shows the static four-quadrant plot and its text description, with no dead controls', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'model/'));
    const figure = page.locator('figure.quadrant-figure');
    const svg = figure.locator('svg');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.getAttribute('aria-label')).toContain('Support on the horizontal axis, challenge on the vertical axis');
    for (const name of ['Stasis', 'Confirmation', 'Retreat', 'Growth']) {
      expect(await svg.locator('text', { hasText: name }).isVisible()).toBe(true);
    }
    const description = await figure.locator('dl.quadrant-descriptions').innerText();
    for (const name of ['Stasis', 'Confirmation', 'Retreat', 'Growth']) expect(description).toContain(name);
    // The marker, sliders and buttons only work with JavaScript, so they are not shown.
    expect(await figure.locator('.plot-marker').isVisible()).toBe(false);
    expect(await figure.getByRole('slider').count()).toBe(0);
    expect(await figure.getByRole('button').count()).toBe(0);
    await close();
  });

  it("the model page lists the plot's example relationships as text, each with its quadrant and why", async () => {
    const examples: { name: string; support: number; challenge: number; explanation: string }[] = parse(
      readFileSync(`${projectRoot}content/data/example-relationships.yaml`, 'utf8'),
    );
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'model/'));
    const list = page.locator('figure.quadrant-figure details.example-list');
    await list.locator('summary').click();
    const text = await list.innerText();
    for (const example of examples) {
      expect(text).toContain(example.name);
      expect(text).toContain(example.explanation.replace(/\s+/g, ' '));
      // 6 and above count as high (content/data/example-relationships.yaml).
      const quadrant = example.support >= 6 ? (example.challenge >= 6 ? 'Growth' : 'Confirmation') : example.challenge >= 6 ? 'Retreat' : 'Stasis';
      expect(text).toContain(`${quadrant} (support ${example.support}, challenge ${example.challenge})`);
    }
    await close();
  });
});
