import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { projectRoot } from './sites';
import { settledIsland } from './islands';

// Helpers for the learners' feedback pages. The statements and words come from
// the real content file, so the tests follow what a faculty author has written.

export interface FeedbackForTests {
  statements: { id: string; scale: 'support' | 'challenge' | 'vision'; text: string }[];
  answers: string[];
  mentor: Record<string, string> & { copyRequest: Record<string, string> };
  learner: Record<string, string> & { copyReturn: Record<string, string> };
}

/** content/data/feedback.yaml as the tests need it. */
export function feedbackContent(): FeedbackForTests {
  return parse(readFileSync(`${projectRoot}content/data/feedback.yaml`, 'utf8')).feedback;
}

/** Waits until the learner's form has hydrated and run its effects. */
export async function hydratedLearnerForm(page: Page): Promise<void> {
  await settledIsland(page, '.fb-learner');
}

/** Answers every statement on the learner's page with the answer at `pick(index)` (0 is the lowest), then makes the link; returns it. */
export async function answerAndMakeLink(page: Page, pick: (index: number) => number): Promise<string> {
  const { statements, answers, learner } = feedbackContent();
  for (const [index, statement] of statements.entries()) {
    await page.getByRole('group', { name: statement.text }).getByRole('radio', { name: answers[pick(index)], exact: true }).check();
  }
  await page.getByRole('button', { name: learner.make }).click();
  return page.locator('.fb-link code').innerText();
}
