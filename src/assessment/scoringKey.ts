import type { AssessmentScale, SelfAssessment } from './selfAssessment.schema';
import type { QuadrantId } from '~/plot/quadrants';
import { optionLetter } from './letters';

// The scoring key for the paper form: the same rules as scoring.ts, written as
// sums a facilitator can do with a pencil. Built from the content, so the key
// can never disagree with the statements.

export interface ScaleKey {
  scale: AssessmentScale;
  /** Statement numbers (1-based, as printed) with the weight each counts. */
  statements: { number: number; weight: number }[];
  /** The most points the scale can score. */
  maximum: number;
  /** Points above this are "high" (the plot's line between low and high: half the maximum). */
  highAbove: number;
  /** Points from this are a strength (content's strengthFrom share of the maximum, rounded up). */
  strengthFrom: number;
}

export interface ScenarioKey {
  number: number;
  title: string;
  responses: { letter: string; quadrant: QuadrantId; best: boolean }[];
}

/** Every scale's statements, maximum and thresholds, in the content's order. */
export function scaleKeys(content: Pick<SelfAssessment, 'frequency' | 'items' | 'scales' | 'strengthFrom'>): ScaleKey[] {
  const top = content.frequency.length - 1;
  return content.scales.map((scale) => {
    const statements = content.items.flatMap((item, index) =>
      item.feeds[scale.id] ? [{ number: index + 1, weight: item.feeds[scale.id] }] : [],
    );
    const maximum = statements.reduce((sum, statement) => sum + statement.weight * top, 0);
    return {
      scale,
      statements,
      maximum,
      highAbove: maximum / 2,
      // Rounded first: 25 × 0.56 is 14.000000000000002 in floating point, and must not become 15.
      strengthFrom: Math.ceil(Math.round(maximum * content.strengthFrom * 1e6) / 1e6),
    };
  });
}

/** The numbers of the statements whose points are turned round (the "don'ts"). */
export function reversedStatements(items: SelfAssessment['items']): number[] {
  return items.flatMap((item, index) => (item.reverse ? [index + 1] : []));
}

/** Where each scenario's responses push the learner, and the best fit. */
export function scenarioKeys(scenarios: SelfAssessment['scenarios']): ScenarioKey[] {
  return scenarios.map((scenario, index) => ({
    number: index + 1,
    title: scenario.title,
    responses: scenario.options.map((option, optionIndex) => ({
      letter: optionLetter(optionIndex),
      quadrant: option.quadrant,
      best: option.best,
    })),
  }));
}

/** "4, 5 ×2, 9": statement numbers as printed in the key. */
export function statementList(statements: ScaleKey['statements']): string {
  return statements.map(({ number, weight }) => (weight > 1 ? `${number} ×${weight}` : String(number))).join(', ');
}
