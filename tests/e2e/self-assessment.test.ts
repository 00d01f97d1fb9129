import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useChromium } from './support/browser';
import { siteUrl } from './support/sites';
import {
  assessmentContent,
  BEST_ANSWERS,
  completeQuiz,
  DRAFT_KEY,
  hydratedQuiz,
  openQuizWithSaved,
  LOW_ANSWERS,
  QUIZ,
  seededAttempts,
  STORAGE_KEY,
} from './support/assessment';

const browser = useChromium();
const content = assessmentContent();

/** Retries `check` until it passes: a state the page reaches (focus moved, a smooth scroll ended), given up to 10 s on a busy machine. */
const waitFor = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 10_000 });
const questionCount = content.items.length + content.scenarios.length;

/** The names of the radio group the keyboard focus is in ('' when not on a radio). */
const focusedRadioGroup = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && active.type === 'radio' ? active.name : '';
  });

/** Presses Tab until focus reaches an element for which `reached` is true. */
async function tabUntil(page: Page, reached: () => Promise<boolean>, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await reached()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Focus did not arrive after ${limit} presses of Tab.`);
}

/** With focus on the first radio of an unanswered group, picks answer `index` with the keyboard. */
async function chooseByKeyboard(page: Page, index: number): Promise<void> {
  if (index === 0) await page.keyboard.press('Space');
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowRight');
}

/** Waits for focus to reach the element `is` describes: the quiz moves focus in an effect, after the next paint. */
async function expectFocus(page: Page, is: string): Promise<void> {
  await waitFor(async () => {
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return active ? [`#${active.id}`, active.textContent?.trim() ?? ''] : [];
    });
    expect(focused).toContain(is);
  });
}

const savedAttempts = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.attempts ?? null, STORAGE_KEY);

/** Whether the centre of the results' latest dot lies inside a quadrant's square (both measured at once: the page may be scrolling). */
function latestDotIn(page: Page, quadrant: string): Promise<boolean> {
  return page.evaluate((quadrant) => {
    const dot = document.querySelector('.sa-results .plot-trail .plot-marker-dot')!.getBoundingClientRect();
    const cell = document.querySelector(`.sa-results .plot-${quadrant} rect`)!.getBoundingClientRect();
    const x = dot.x + dot.width / 2;
    const y = dot.y + dot.height / 2;
    return x > cell.x && x < cell.x + cell.width && y > cell.y && y < cell.y + cell.height;
  }, quadrant);
}

describe('the self-assessment', () => {
  it('can be completed by keyboard alone, and the result appears on the plot', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    await page.locator('body').focus();

    for (const [index, item] of content.items.entries()) {
      await tabUntil(page, async () => (await focusedRadioGroup(page)) === `sa-item-${item.id}`);
      await chooseByKeyboard(page, BEST_ANSWERS(item, index));
    }
    for (const scenario of content.scenarios) {
      await tabUntil(page, async () => (await focusedRadioGroup(page)) === `sa-scenario-${scenario.id}`);
      await chooseByKeyboard(page, scenario.options.findIndex((option) => option.best));
    }
    expect(await page.locator('.sa-progress').innerText()).toContain(`${questionCount} of ${questionCount} answered`);
    await tabUntil(page, () => page.evaluate(() => document.activeElement?.textContent?.trim() === 'See my results'));
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { name: 'Your results', exact: true });
    await heading.waitFor();
    await expectFocus(page, '#your-results');
    // Every good habit, always: the top of both axes.
    expect(await page.locator('.sa-quadrant-name').innerText()).toContain('Growth');
    expect(await page.locator('.sa-quadrant-levels').innerText()).toBe('Support 10.0 of 10 (high), challenge 10.0 of 10 (high).');
    expect(await latestDotIn(page, 'growth')).toBe(true);
    expect(await page.locator('.sa-results .plot-trail-earlier').count()).toBe(0);
    expect(await page.locator('.sa-results').innerText()).toContain(`best-fitting response in ${content.scenarios.length} of ${content.scenarios.length}`);
    const saved = await savedAttempts(page);
    expect(saved).toHaveLength(1);
    expect(saved[0].shares).toMatchObject({ support: 1, challenge: 1, vision: 1 });
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('marks unanswered questions, moves focus to the list of them, and each link leads to its question', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    const first = content.items[0];
    await page.locator(`input[name="sa-item-${first.id}"]`).first().check();
    await page.getByRole('button', { name: 'See my results' }).click();

    const summary = page.locator('.sa-error-summary');
    await summary.waitFor();
    await waitFor(async () => expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true));
    expect(await summary.getByRole('heading').innerText()).toBe(`${questionCount - 1} questions still need an answer`);
    // Its heading is on screen, not just the end of the long list (waiting out the smooth scroll).
    await waitFor(async () => {
      const top = (await summary.getByRole('heading').boundingBox())!.y;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(page.viewportSize()!.height / 2);
    });
    expect(await summary.getByRole('link').count()).toBe(questionCount - 1);
    const second = content.items[1];
    const fieldset = page.locator(`#sa-item-${second.id}`);
    expect(await fieldset.getAttribute('aria-describedby')).toBe(`sa-item-${second.id}-error`);
    expect(await page.locator(`#sa-item-${second.id}-error`).innerText()).toBe('Choose how often this is true of you.');

    await summary.getByRole('link', { name: second.text }).click();
    expect(await focusedRadioGroup(page)).toBe(`sa-item-${second.id}`);
    await page.keyboard.press('Space');
    expect(await summary.getByRole('link').count()).toBe(questionCount - 2);
    expect(await fieldset.getAttribute('aria-describedby')).toBeNull();
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('loads no script on a phone until the reader scrolls to the quiz, and the results view only once they start', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const scripts: string[] = [];
    const resultsView: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      if (/\/(resultsModule\.[\w-]+\.js|results\.[\w-]+\.css)$/.test(request.url())) resultsView.push(request.url());
    });
    await page.goto(siteUrl('root', 'self-assessment/'), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await hydratedQuiz(page);
    expect(scripts.some((url) => /SelfAssessmentQuiz\.[\w-]+\.js$/.test(url))).toBe(true);
    // The results view's script and styles wait until the reader starts answering.
    expect(resultsView).toEqual([]);
    await page.locator(`input[name="sa-item-${content.items[0].id}"]`).first().check();
    await vi.waitFor(() => expect(resultsView).toHaveLength(2));
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps answers ticked before the quiz had loaded (a slow phone), and saves them', async () => {
    const { page, problems, close } = await openPage(browser());
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/SelfAssessmentQuiz\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(siteUrl('root', 'self-assessment/'));
    const [a, b] = content.items;
    await page.locator('#part-1').scrollIntoViewIfNeeded();
    await page.locator(`input[name="sa-item-${a.id}"]`).nth(2).check();
    await page.locator(`input[name="sa-item-${b.id}"]`).nth(4).check();
    release();
    await hydratedQuiz(page);
    expect(await page.locator(`input[name="sa-item-${a.id}"]`).nth(2).isChecked()).toBe(true);
    expect(await page.locator(`input[name="sa-item-${b.id}"]`).nth(4).isChecked()).toBe(true);
    expect(await page.locator('.sa-progress').innerText()).toContain(`2 of ${questionCount} answered`);
    await waitFor(async () =>
      expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)) ?? '{}').answers).toEqual({ [a.id]: 2, [b.id]: 4 }),
    );
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps answers in progress through a reload', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    const [a, b] = content.items;
    const scenario = content.scenarios[0];
    await page.locator(`input[name="sa-item-${a.id}"]`).nth(1).check();
    await page.locator(`input[name="sa-item-${b.id}"]`).nth(3).check();
    await page.locator(`input[name="sa-scenario-${scenario.id}"]`).nth(2).check();
    // The quiz keeps answers in progress as they change (in an effect after the next paint): reload once all three are kept.
    await waitFor(async () => {
      const draft = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)) ?? '{}');
      expect(draft.answers).toEqual({ [a.id]: 1, [b.id]: 3 });
      expect(Object.keys(draft.choices ?? {})).toEqual([scenario.id]);
    });
    await page.reload();
    await hydratedQuiz(page);
    // The island restores them once it has read storage.
    await expect.poll(() => page.locator('.sa-progress').innerText()).toContain(`3 of ${questionCount} answered`);
    expect(await page.locator(`input[name="sa-item-${a.id}"]`).nth(1).isChecked()).toBe(true);
    expect(await page.locator(`input[name="sa-item-${b.id}"]`).nth(3).isChecked()).toBe(true);
    expect(await page.locator(`input[name="sa-scenario-${scenario.id}"]`).nth(2).isChecked()).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('draws a second attempt as a path from the first, with a table of changes', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    await completeQuiz(page, BEST_ANSWERS);
    await page.getByRole('button', { name: 'Take the self-assessment again' }).click();
    await expectFocus(page, '#part-1');
    await completeQuiz(page, LOW_ANSWERS, false);

    // A quarter of the points on every scale: 3.3, low on both axes.
    expect(await page.locator('.sa-quadrant-name').innerText()).toContain('Stasis');
    expect(await latestDotIn(page, 'stasis')).toBe(true);
    const line = await page.locator('.sa-results .plot-trail-line').getAttribute('points');
    expect(line?.split(' ')).toHaveLength(2);
    expect(await page.locator('.sa-results .plot-trail-earlier text').evaluateAll((texts) => texts.map((text) => text.textContent))).toEqual(['1']);
    const rows = page.locator('.sa-history tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).locator('td').first().innerText()).toBe('3.3 (−6.7)');
    expect(await rows.nth(1).locator('td').nth(3).innerText()).toBe('Stasis');
    expect(await page.locator('.sa-results').innerText()).toContain('best-fitting response in 0 of');
    expect(await savedAttempts(page)).toHaveLength(2);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('deletes one saved result, then all of them after asking', async () => {
    const { page, problems, close } = await openPage(browser());
    await openQuizWithSaved(page, STORAGE_KEY, seededAttempts([
      { completedAt: '2026-09-01T09:00:00Z', support: 0.2, challenge: 0.3 },
      { completedAt: '2026-10-01T09:00:00Z', support: 0.6, challenge: 0.4 },
      { completedAt: '2026-11-01T09:00:00Z', support: 0.8, challenge: 0.7 },
    ]));
    await hydratedQuiz(page);
    expect(await page.locator('.sa-saved').innerText()).toContain('You have 3 saved results');
    await page.getByRole('button', { name: 'See your results' }).click();
    // The results view loads on demand: wait for it.
    await page.locator('.sa-history tbody tr').nth(2).waitFor();
    expect(await page.locator('.sa-history tbody tr').count()).toBe(3);
    expect(await page.locator('.sa-results .plot-trail-earlier').count()).toBe(2);

    await page.getByRole('button', { name: /^Delete result 2, from/ }).click();
    expect(await page.locator('.sa-history tbody tr').count()).toBe(2);
    expect((await savedAttempts(page)).map((attempt: { id: string }) => attempt.id)).toEqual(['seed-0', 'seed-2']);
    expect(await page.locator(`${QUIZ} [role="status"]`).last().innerText()).toMatch(/^Deleted the result from 1 Oct 2026/);

    // Deleting one result leaves focus at the table, not at the top of the results.
    await expectFocus(page, 'Your results over time');

    await page.getByRole('button', { name: 'Delete all results' }).click();
    // Focus on the question, not on "Yes": a held Enter must not confirm at once.
    await expectFocus(page, 'Delete all 2 saved results? This cannot be undone.');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'Delete all results');
    await page.getByRole('button', { name: 'Delete all results' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await savedAttempts(page)).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete all results' }).click();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    expect(await page.getByRole('heading', { name: 'Your results', exact: true }).count()).toBe(0);
    await expectFocus(page, '#part-1');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps results saved in another tab, and shows them there too', async () => {
    const { page, problems, close } = await openPage(browser());
    const other = await page.context().newPage();
    // Each tab is brought to the front to be used, as a reader would: a tab in
    // the background does not render, so its quiz would not hydrate.
    for (const tab of [page, other]) {
      await tab.bringToFront();
      await tab.goto(siteUrl('root', 'self-assessment/'));
      await hydratedQuiz(tab);
    }
    await page.bringToFront();
    await completeQuiz(page, BEST_ANSWERS);
    await other.bringToFront();
    await completeQuiz(other, LOW_ANSWERS);
    expect(await savedAttempts(page)).toHaveLength(2);
    // The first tab, in the background, hears of the second tab's result; back in front, it
    // shows it as the latest, without its own scenario review, which belongs to the earlier attempt.
    await page.bringToFront();
    await page.locator('.sa-history tbody tr').nth(1).waitFor();
    expect(await page.locator('.sa-history tbody tr').count()).toBe(2);
    expect(await page.locator('.sa-quadrant-name').innerText()).toContain('Stasis');
    expect(await page.locator('.sa-scenario-review').count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('at 400 % zoom (a 320 by 256 screen), an unanswered question\'s link focuses an answer the footer does not cover', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 320, height: 256 } });
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    await page.getByRole('button', { name: 'See my results' }).click();
    for (const index of [0, content.items.length]) {
      await page.locator('.sa-error-summary a').nth(index).click();
      // Waiting out the smooth scroll.
      await waitFor(async () => {
        const radio = (await page.locator('input:focus').boundingBox())!;
        expect(radio.y).toBeGreaterThanOrEqual(0);
        expect(radio.y + radio.height).toBeLessThanOrEqual(256);
        const footer = (await page.locator('.sa-footer').boundingBox())!;
        const covered = footer.y < radio.y + radio.height && footer.y + footer.height > radio.y;
        expect(covered).toBe(false);
      });
    }
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('prints the results on one clean page, A4 or Letter, however many results there are', async () => {
    const { page, problems, close } = await openPage(browser());
    const months = ['05', '06', '07', '08', '09', '10'];
    const earlier = months.map((month, index) => ({ completedAt: `2026-${month}-02T09:00:00Z`, support: 0.1 * index, challenge: 0.15 * index }));
    await openQuizWithSaved(page, STORAGE_KEY, seededAttempts(earlier));
    await hydratedQuiz(page);
    await completeQuiz(page, BEST_ANSWERS);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sa-results').isVisible()).toBe(true);
    expect(await page.locator('.sa-results svg').isVisible()).toBe(true);
    // The latest five of the seven results, and a note that says so.
    expect(await page.locator('.sa-history tbody tr:visible').count()).toBe(5);
    expect(await page.locator('.sa-history .sa-print-only').innerText()).toBe('The latest 5 of your 7 results.');
    for (const hidden of ['.sa-actions', '.sa-delete-all', '.sa-actions-column', '.site-header', '.site-footer', '.prose > p']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const format of ['A4', 'Letter']) {
      // The margins a browser's print dialog gives by default.
      const pdf = await page.pdf({ format, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g), format).toHaveLength(1);
    }
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('fits a 320 px phone, results and history table included', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    await completeQuiz(page, BEST_ANSWERS);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('links each do and don\'t to its part of the guide under the site\'s base path', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'self-assessment/'));
    await hydratedQuiz(page);
    await completeQuiz(page, BEST_ANSWERS);
    const links = await page.locator('.sa-lines a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const href of links) expect(href).toMatch(/^\/mentoring\/(model|dos-and-donts)\/#[a-z-]+$/);
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe('the self-assessment when the browser cannot keep answers', () => {
  it('still works when storage is blocked, and says nothing will be kept', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    expect(await page.locator('.sa-notice').innerText()).toContain('will not be kept');
    await completeQuiz(page, BEST_ANSWERS);
    expect(await page.locator('.sa-quadrant-name').innerText()).toContain('Growth');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it.each([
    ['corrupted JSON', '{"version":1,"attempts":[{"id":'],
    ['an older version', JSON.stringify({ version: 0, results: [{ support: 3 }] })],
    ['the wrong shape', JSON.stringify({ version: 1, attempts: 'many' })],
  ])('sets %s aside, keeps a copy, and starts a fresh history', async (_, stored) => {
    const { page, problems, close } = await openPage(browser());
    await openQuizWithSaved(page, STORAGE_KEY, stored);
    await hydratedQuiz(page);
    expect(await page.locator('.sa-notice').innerText()).toContain('kept aside in this browser, not deleted');
    await completeQuiz(page, BEST_ANSWERS);
    expect(await savedAttempts(page)).toHaveLength(1);
    const copies = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('mentoring-self-assessment-set-aside-')).map((key) => localStorage.getItem(key)),
    );
    expect(copies).toEqual([stored]);
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe('the self-assessment without JavaScript', () => {
  it('is a printable paper form with the scoring key', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'self-assessment/'));
    const questions = page.locator(`${QUIZ} fieldset`);
    expect(await questions.count()).toBe(questionCount);
    for (const index of [0, questionCount - 1]) expect(await questions.nth(index).isVisible()).toBe(true);
    expect(await page.locator(`${QUIZ} input[type="radio"]`).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'See my results' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Scoring key' }).isVisible()).toBe(true);
    const key = await page.locator('.scoring-key').innerText();
    expect(key).toContain(`Give each answer its points: ${content.frequency[0]} 0`);
    for (const scale of ['Support', 'Challenge', 'Vision']) expect(key).toContain(scale);
    expect(key).toContain('(best fit)');
    await close();
  });

  it('the paper version page has the form and the key, with JavaScript too', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'self-assessment/paper/'));
    expect(await page.locator('fieldset').count()).toBe(questionCount);
    expect(await page.getByRole('heading', { name: 'Scoring key' }).isVisible()).toBe(true);
    expect(await page.locator('astro-island').count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe.each(['light', 'dark'] as const)('the self-assessment, axe-core WCAG 2.2 A and AA, %s theme', (theme) => {
  it('has no violations at any step', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await openQuizWithSaved(page, STORAGE_KEY, seededAttempts([{ completedAt: '2026-09-01T09:00:00Z', support: 0.2, challenge: 0.3 }]));
    await hydratedQuiz(page);
    expect(await axeViolations(page), 'the form').toEqual([]);

    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('.sa-error-summary').waitFor();
    expect(await axeViolations(page), 'unanswered questions marked').toEqual([]);

    const scenario = content.scenarios[0];
    await page.locator(`input[name="sa-scenario-${scenario.id}"]`).first().check();
    await page.locator(`#sa-scenario-${scenario.id}`).getByRole('button', { name: 'See how the responses fit the model' }).click();
    expect(await axeViolations(page), 'scenario feedback open').toEqual([]);

    await completeQuiz(page, BEST_ANSWERS);
    expect(await axeViolations(page), 'results with a path').toEqual([]);

    await page.getByRole('button', { name: 'Delete all results' }).click();
    expect(await axeViolations(page), 'asking before deleting all').toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('the paper version has no violations', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await page.goto(siteUrl('root', 'self-assessment/paper/'));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
