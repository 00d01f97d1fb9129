import { LEVEL_MAX, quadrantAt, type PlotPosition } from './position';
import type { QuadrantId } from './quadrants';
import type { PlotWords } from './plotWords.schema';
import { fillMessage } from '~/ui/template';

type ValueWords = Pick<PlotWords, 'markerValue'>;

/** A position in words, from the content's template: "Growth: support 8 of 10, challenge 9 of 10". */
export function markerValueText(position: PlotPosition, names: Readonly<Record<QuadrantId, string>>, words: ValueWords): string {
  return fillMessage(words.markerValue, { quadrant: names[quadrantAt(position)], ...position, max: LEVEL_MAX });
}

/**
 * What the live region says after the marker moves: the new quadrant when it
 * changed, and nothing (null) for a step within the same quadrant, so a screen
 * reader is not flooded while someone drags or holds an arrow key.
 */
export function quadrantChangeAnnouncement(
  from: PlotPosition,
  to: PlotPosition,
  names: Readonly<Record<QuadrantId, string>>,
  words: ValueWords,
): string | null {
  if (quadrantAt(to) === quadrantAt(from)) return null;
  return `${markerValueText(to, names, words)}.`;
}
