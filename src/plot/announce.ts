import { LEVEL_MAX, quadrantAt, type PlotPosition } from './position';
import type { QuadrantId } from './quadrants';

/** A position in words: "Growth: support 8 of 10, challenge 9 of 10". */
export function markerValueText(position: PlotPosition, names: Readonly<Record<QuadrantId, string>>): string {
  return `${names[quadrantAt(position)]}: support ${position.support} of ${LEVEL_MAX}, challenge ${position.challenge} of ${LEVEL_MAX}`;
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
): string | null {
  if (quadrantAt(to) === quadrantAt(from)) return null;
  return `${markerValueText(to, names)}.`;
}
