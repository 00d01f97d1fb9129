import { ratingFromShare } from '~/assessment/scoring';
import { quadrantAt, type PlotPosition } from '~/plot/position';
import type { QuadrantId } from '~/plot/quadrants';
import { HIGHEST, LOWEST } from './returnLink';
import type { FeedbackScale } from './feedback.schema';

// A learner's answers as a place on the support/challenge grid, several
// learners as a spread, and how that compares with the mentor's own latest
// self-assessment. Pure. Ratings are on the plot's 1-10 scale, as the
// self-assessment's are, so the two can sit on one grid: every answer at its
// strongest is 10 (Growth, with challenge), every one at its weakest 1 (Stasis).

export interface LearnerView {
  position: PlotPosition;
  vision: number;
  quadrant: QuadrantId;
}

/** The mean answer of a scale's statements as a rating from 1 to 10. */
function rating(answers: readonly number[], scales: readonly FeedbackScale[], scale: FeedbackScale): number {
  const mine = answers.filter((_, index) => scales[index] === scale);
  const mean = mine.reduce((total, answer) => total + answer, 0) / mine.length;
  return ratingFromShare((mean - LOWEST) / (HIGHEST - LOWEST));
}

/** Where one learner's answers (in the statements' order) place the mentor. */
export function learnerView(answers: readonly number[], scales: readonly FeedbackScale[]): LearnerView {
  const position = { support: rating(answers, scales, 'support'), challenge: rating(answers, scales, 'challenge') };
  return { position, vision: rating(answers, scales, 'vision'), quadrant: quadrantAt(position) };
}

export interface Spread {
  support: { min: number; max: number };
  challenge: { min: number; max: number };
}

/** The range of several learners' views: a spread, not an average, so no one is scored. */
export function spreadOf(views: readonly LearnerView[]): Spread {
  const range = (values: number[]) => ({ min: Math.min(...values), max: Math.max(...values) });
  return {
    support: range(views.map((view) => view.position.support)),
    challenge: range(views.map((view) => view.position.challenge)),
  };
}

/** How the mentor's own rating of one axis sits against the learners' range of it. */
export type Difference = 'learners-lower' | 'learners-higher' | 'agrees';

/** Within this much of the learners' range, the mentor's own view agrees with theirs. */
export const AGREEMENT = 1;

/** For support and challenge: whether the learners felt less, more, or about what the mentor rates. */
export function differences(self: PlotPosition, spread: Spread): Record<'support' | 'challenge', Difference> {
  const compare = (own: number, { min, max }: { min: number; max: number }): Difference =>
    max < own - AGREEMENT ? 'learners-lower' : min > own + AGREEMENT ? 'learners-higher' : 'agrees';
  return { support: compare(self.support, spread.support), challenge: compare(self.challenge, spread.challenge) };
}
