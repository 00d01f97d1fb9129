import type { AssessmentItem, AssessmentScale } from './selfAssessment.schema';
import { LEVEL_MAX, LEVEL_MIN, type PlotPosition } from '~/plot/position';

// Scoring for the self-assessment. The rules are described for authors at the
// top of content/data/self-assessment.yaml; the numbers (weights, the frequency
// answers, the strength threshold) all come from that file.

/** Statement id -> index of the chosen frequency answer (0 is the first, "Never"). */
export type Answers = Readonly<Record<string, number>>;
/** Scenario id -> id of the chosen response. */
export type Choices = Readonly<Record<string, string>>;

interface ScoringContent {
  frequency: readonly string[];
  items: readonly Pick<AssessmentItem, 'id' | 'feeds' | 'reverse'>[];
}

/** Points for one answer: its position on the frequency scale, turned round for a "don't". */
export function itemPoints(item: Pick<AssessmentItem, 'reverse'>, answer: number, answerCount: number): number {
  const max = answerCount - 1;
  return item.reverse ? max - answer : answer;
}

/** Whether an answer index is one of the frequency answers. */
export function isAnswer(value: unknown, answerCount: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < answerCount;
}

/**
 * Each scale's weighted points as a share of the most it could score (0 to 1),
 * counting answered statements only. A scale none of whose statements is
 * answered has no score (null), rather than a misleading zero.
 */
export function scaleShares(content: ScoringContent, answers: Answers): Record<string, number | null> {
  const max = content.frequency.length - 1;
  const totals: Record<string, { points: number; possible: number }> = {};
  for (const item of content.items) {
    for (const [scale, weight] of Object.entries(item.feeds)) {
      totals[scale] ??= { points: 0, possible: 0 };
      const answer = answers[item.id];
      if (!isAnswer(answer, content.frequency.length)) continue;
      totals[scale].points += weight * itemPoints(item, answer, content.frequency.length);
      totals[scale].possible += weight * max;
    }
  }
  return Object.fromEntries(
    Object.entries(totals).map(([scale, { points, possible }]) => [scale, possible > 0 ? round(points / possible, 3) : null]),
  );
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/**
 * A share (0 to 1) on the plot's 1-10 scale: 0 is 1, 1 is 10. Not rounded, so
 * high and low (above 5.5) agree with the paper key's "above half the maximum";
 * views round it for display (formatRating).
 */
export function ratingFromShare(share: number): number {
  const clamped = Math.min(1, Math.max(0, share));
  return LEVEL_MIN + clamped * (LEVEL_MAX - LEVEL_MIN);
}

/** Where a result sits on the support/challenge grid. */
export function resultPosition(shares: Readonly<Record<string, number>>): PlotPosition {
  return { support: ratingFromShare(shares.support ?? 0), challenge: ratingFromShare(shares.challenge ?? 0) };
}

/** Whether a scale's share counts as a strength. */
export function isStrength(share: number, strengthFrom: number): boolean {
  return share >= strengthFrom;
}

export interface ScaleLine {
  scale: AssessmentScale;
  share: number;
  strength: boolean;
}

/** One line per scale in a group, in the content's order: a strength or a suggestion. Unscored scales are left out. */
export function scaleLines(
  scales: readonly AssessmentScale[],
  shares: Readonly<Record<string, number>>,
  strengthFrom: number,
  groups: readonly AssessmentScale['group'][],
): ScaleLine[] {
  return scales
    .filter((scale) => groups.includes(scale.group) && typeof shares[scale.id] === 'number')
    .map((scale) => ({ scale, share: shares[scale.id], strength: isStrength(shares[scale.id], strengthFrom) }));
}

/** How many scenarios were answered with the best-fitting response. */
export function bestFitCount(scenarios: readonly { id: string; options: readonly { id: string; best: boolean }[] }[], choices: Choices): { best: number; total: number } {
  const best = scenarios.filter((scenario) => scenario.options.some((option) => option.best && option.id === choices[scenario.id])).length;
  return { best, total: scenarios.length };
}
