import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useChromium } from './support/browser';
import { settledIsland } from './support/islands';
import { projectRoot, siteUrl } from './support/sites';

// The five-minute conversation card (/conversation-card/): its questions by
// keyboard, without JavaScript, and printed as a pocket card. Words come from
// the content file, so the tests follow whatever an author writes.

const browser = useChromium();
const card = parse(readFileSync(`${projectRoot}content/data/conversation-card.yaml`, 'utf8'))['conversation-card'] as {
  showAnother: string;
  stageLegend: string;
  printPrompts: number;
  steps: { title: string }[];
  stages: { id: string; label: string; plural: string; prompts: string[] }[];
};

const PAGE_COUNT = /\/Type\s*\/Page(?!s)/g;
const MM = 96 / 25.4;

/** Scrolls to the questions and waits until their island has settled. */
const hydratedCard = (page: Page) => settledIsland(page, '.card-prompts');

const shownQuestion = (page: Page) => page.locator('.card-question-text').innerText();

describe('the five-minute conversation card', () => {
  it('lists the timed steps, which add up to five minutes', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'conversation-card/'));
    const steps = page.locator('.card-steps > li');
    expect(await steps.count()).toBe(card.steps.length);
    for (const [index, step] of card.steps.entries()) expect(await steps.nth(index).innerText()).toContain(step.title);
    expect(await steps.first().locator('.card-time').innerText()).toMatch(/^0:00–/);
    expect(await steps.last().locator('.card-time').innerText()).toMatch(/–5:00$/);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('"Show another question" works by keyboard, goes through the stage and wraps round, announcing each question', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'conversation-card/'));
    await hydratedCard(page);
    const first = card.stages[0];
    expect(await shownQuestion(page)).toBe(first.prompts[0]);
    // Tab from the stage radio buttons to the button, as a keyboard user would.
    await page.getByRole('radio', { name: first.label }).focus();
    await page.keyboard.press('Tab');
    const button = page.getByRole('button', { name: card.showAnother });
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    const seen = [await shownQuestion(page)];
    for (let press = 1; press < first.prompts.length; press += 1) {
      await page.keyboard.press(press % 2 ? 'Enter' : 'Space');
      seen.push(await shownQuestion(page));
    }
    expect(seen).toEqual(first.prompts);
    const live = page.locator('[aria-live="polite"]', { hasText: first.prompts.at(-1)! });
    expect(await live.innerText()).toContain(`${first.prompts.length} of ${first.prompts.length} for ${first.plural}`);
    await page.keyboard.press('Enter');
    expect(await shownQuestion(page)).toBe(first.prompts[0]);

    // The arrow keys choose the stage.
    await page.getByRole('radio', { name: first.label }).focus();
    await page.keyboard.press('ArrowRight');
    const second = card.stages[1];
    expect(await page.getByRole('radio', { name: second.label }).isChecked()).toBe(true);
    expect(await shownQuestion(page)).toBe(second.prompts[0]);
    expect(await page.locator('[data-testid="card-announcement"]').innerText()).toContain(second.prompts[0]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('without JavaScript shows every question as a list per stage, and no dead button', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'conversation-card/'));
    for (const stage of card.stages) {
      const list = page.getByRole('region', { name: stage.label });
      expect(await list.locator('li').allInnerTexts()).toEqual(stage.prompts);
      expect(await list.isVisible()).toBe(true);
    }
    expect(await page.getByRole('button', { name: card.showAnother }).count()).toBe(0);
    await close();
  });

  it.each([
    ['A6', { width: '105mm', height: '148mm' }],
    ['a 6 x 4 in index card', { width: '6in', height: '4in' }],
  ])('prints on exactly one side of %s, nothing clipped, the first questions of each stage only', async (_name, size) => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'conversation-card/'));
    await hydratedCard(page);
    const pdf = await page.pdf(size);
    expect(pdf.toString('latin1').match(PAGE_COUNT)).toHaveLength(1);

    // Lay the page out at the printed card's content area (the paper less the 4 mm margins):
    // the card and its last line must lie inside it.
    const width = Math.floor((parseFloat(size.width) * (size.width.endsWith('in') ? 96 : MM)) - 8 * MM);
    const height = Math.floor((parseFloat(size.height) * (size.height.endsWith('in') ? 96 : MM)) - 8 * MM);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('.pocket-card').boundingBox();
    const last = await page.locator('.card-prompt-list').last().locator('li:visible').last().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height + 0.5);
    expect(last!.y + last!.height).toBeLessThanOrEqual(box!.y + box!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    for (const stage of card.stages) {
      const printed = await page.getByRole('region', { name: stage.label }).locator('li:visible').allInnerTexts();
      expect(printed).toEqual(stage.prompts.slice(0, card.printPrompts));
    }
    for (const hidden of ['.card-rotator', '.site-header', '.site-footer', '.card-tip']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with the questions in use, %s theme', async (theme) => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await page.goto(siteUrl('root', 'conversation-card/'));
    await hydratedCard(page);
    await page.getByRole('button', { name: card.showAnother }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('works under the sub-path, with its links there', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'conversation-card/'));
    await hydratedCard(page);
    await page.getByRole('button', { name: card.showAnother }).click();
    expect(await shownQuestion(page)).toBe(card.stages[0].prompts[1]);
    // The guide's own links (the example institution's programmes link to its own sites).
    const hrefs = await page.locator('main a:not(.institution-programmes a)').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/mentoring\//);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
