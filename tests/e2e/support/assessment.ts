import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { projectRoot, siteUrl } from './sites';
import { settledIsland } from './islands';

// Helpers for the self-assessment page. The questions come from the real
// content file, so the tests follow whatever a faculty author has written.

export interface ContentForTests {
  frequency: string[];
  items: { id: string; text: string; reverse?: boolean; feeds: Record<string, number> }[];
  scenarios: { id: string; title: string; options: { id: string; best?: boolean; quadrant: string }[] }[];
}

/** content/data/self-assessment.yaml as the tests need it. */
export function assessmentContent(): ContentForTests {
  const file = parse(readFileSync(`${projectRoot}content/data/self-assessment.yaml`, 'utf8'));
  return file['self-assessment'];
}

export const QUIZ = '#self-assessment';
export const STORAGE_KEY = 'mentoring-self-assessment';
export const DRAFT_KEY = 'mentoring-self-assessment-draft';

/**
 * Opens the self-assessment with `value` already saved under `key`. The value is
 * written from the home page, which has no quiz: written on the quiz page itself,
 * the island could hydrate a moment later, read it, and (if damaged) set it aside
 * before the reload the test means to observe.
 */
export async function openQuizWithSaved(page: Page, key: string, value: string): Promise<void> {
  await page.goto(siteUrl('root'));
  await page.evaluate(([name, text]) => localStorage.setItem(name, text), [key, value] as const);
  await page.goto(siteUrl('root', 'self-assessment/'));
}

/** Scrolls to the quiz and waits until its island has settled: saved answers restored, its button working, effects run. */
export async function hydratedQuiz(page: Page): Promise<void> {
  await page.locator('#part-1').scrollIntoViewIfNeeded();
  await settledIsland(page, QUIZ);
}

/** The answer index (0 = the first frequency answer) for each statement. */
export type AnswerPattern = (item: ContentForTests['items'][number], index: number) => number;

/** Every good habit always, every "don't" never: every scale at its maximum. */
export const BEST_ANSWERS: AnswerPattern = (item) => (item.reverse ? 0 : assessmentContent().frequency.length - 1);
/** A quarter of the points everywhere ("Rarely", and "Often" for a "don't"): every share 0.25, rating 3.3. */
export const LOW_ANSWERS: AnswerPattern = (item) => {
  const top = assessmentContent().frequency.length - 1;
  return item.reverse ? top - top / 4 : top / 4;
};

/** Ticks answers by clicking (for tests about something else than keyboard use). */
export async function answerAll(page: Page, pattern: AnswerPattern, chooseBest = true): Promise<void> {
  const content = assessmentContent();
  for (const [index, item] of content.items.entries()) {
    await page.locator(`input[name="sa-item-${item.id}"]`).nth(pattern(item, index)).check();
  }
  for (const scenario of content.scenarios) {
    const option = chooseBest ? scenario.options.find((entry) => entry.best)! : scenario.options.find((entry) => !entry.best)!;
    await page.locator(`input[name="sa-scenario-${scenario.id}"][value="${option.id}"]`).check();
  }
}

/** Answers everything and asks for results; waits for the results heading. */
export async function completeQuiz(page: Page, pattern: AnswerPattern, chooseBest = true): Promise<void> {
  await answerAll(page, pattern, chooseBest);
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { name: 'Your results', exact: true }).waitFor();
}

export interface SeedAttempt {
  completedAt: string;
  support: number;
  challenge: number;
}

/** Saved results, as an earlier visit would have left them, before the page loads. */
export function seededAttempts(attempts: SeedAttempt[]): string {
  return JSON.stringify({
    version: 1,
    attempts: attempts.map((attempt, index) => ({
      id: `seed-${index}`,
      completedAt: attempt.completedAt,
      shares: { support: attempt.support, challenge: attempt.challenge, vision: 0.5 },
      scenarios: { best: 2, total: 5 },
    })),
  });
}
