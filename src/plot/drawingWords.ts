import type { PlotWords } from './plotWords.schema';
import { GRID_ORDER, QUADRANT_LEVELS, type QuadrantId } from './quadrants';
import { fillMessage } from '~/ui/template';

// The words of the grid's drawing (PlotSvg), taken from content/data/plot.yaml.
// A small object of its own, so the self-assessment's results and the
// facilitator's worksheet can draw the grid without the plot's other words.

export interface DrawingWords {
  /** The axes' names. */
  support: string;
  challenge: string;
  /** The ends of each axis. */
  low: string;
  high: string;
  vision: string;
  /** The template of the whole drawing in words, with {quadrants}. */
  description: string;
  /** A quadrant's levels, with {support} and {challenge} (low or high). */
  levels: string;
}

export function drawingWords(words: Pick<PlotWords, 'support' | 'challenge' | 'levelNames' | 'levels' | 'drawing'>): DrawingWords {
  return {
    support: words.support,
    challenge: words.challenge,
    low: words.levelNames.low,
    high: words.levelNames.high,
    vision: words.drawing.vision,
    description: words.drawing.description,
    levels: words.levels,
  };
}

/** The drawing in words for screen readers: the axes, then each quadrant with its levels, in grid order. */
export function drawingDescription(words: DrawingWords, names: ReadonlyMap<QuadrantId, string>): string {
  const level = (value: 'low' | 'high') => words[value];
  const quadrants = GRID_ORDER.map((id) => {
    const levels = fillMessage(words.levels, { support: level(QUADRANT_LEVELS[id].support), challenge: level(QUADRANT_LEVELS[id].challenge) });
    return `${names.get(id) ?? id} (${levels})`;
  });
  return fillMessage(words.description, { quadrants: quadrants.join('; ') });
}
