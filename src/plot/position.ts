import { QUADRANT_LEVELS, type Level, type QuadrantId } from './quadrants';

import { LEVEL_MAX, LEVEL_MIN } from './levels.rules';
import { fillMessage } from '~/ui/template';

// Positions on the support/challenge plot are ratings on the scale in levels.rules.ts.

export { LEVEL_MAX, LEVEL_MIN };
/** The line between low and high on each axis (5.5: no whole-number rating is on it). */
export const MIDPOINT = (LEVEL_MIN + LEVEL_MAX) / 2;

export interface PlotPosition {
  support: number;
  challenge: number;
}

/** A rating as a whole number within 1-10, or null when it is not a finite number. */
export function clampLevel(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, Math.round(value)));
}

/** Whether a rating (a whole number or a score such as 7.3) counts as low or high. */
export function levelOf(value: number): Level {
  return value > MIDPOINT ? 'high' : 'low';
}

/** The quadrant a position falls in. */
export function quadrantAt(position: PlotPosition): QuadrantId {
  const support = levelOf(position.support);
  const challenge = levelOf(position.challenge);
  const match = (Object.keys(QUADRANT_LEVELS) as QuadrantId[]).find(
    (id) => QUADRANT_LEVELS[id].support === support && QUADRANT_LEVELS[id].challenge === challenge,
  );
  // QUADRANT_LEVELS covers all four combinations, so there is always a match.
  return match!;
}

/** Whether two positions are the same point. */
export function samePosition(a: PlotPosition, b: PlotPosition): boolean {
  return a.support === b.support && a.challenge === b.challenge;
}

/** What each arrow key does to the marker: right and up mean more support and more challenge. */
const ARROW_MOVES: Readonly<Record<string, PlotPosition>> = {
  ArrowRight: { support: 1, challenge: 0 },
  ArrowLeft: { support: -1, challenge: 0 },
  ArrowUp: { support: 0, challenge: 1 },
  ArrowDown: { support: 0, challenge: -1 },
};

/**
 * The position after an arrow key, or null when the key is not an arrow key
 * (so the caller leaves it to the browser). At an edge the marker stays put.
 */
export function nudged(position: PlotPosition, key: string): PlotPosition | null {
  const move = ARROW_MOVES[key];
  if (!move) return null;
  return {
    support: clampLevel(position.support + move.support) ?? position.support,
    challenge: clampLevel(position.challenge + move.challenge) ?? position.challenge,
  };
}

/** A template with {value}, {max} and {level} filled: a rating as a screen reader should hear a slider's value ("8 of 10, high"). */
export function describeLevel(template: string, value: number, levelNames: Readonly<Record<Level, string>>): string {
  return fillMessage(template, { value, max: LEVEL_MAX, level: levelNames[levelOf(value)] });
}
