import { describeLevel, quadrantAt, type PlotPosition } from './position';
import type { QuadrantId } from '../quadrants';

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
  const quadrant = quadrantAt(to);
  if (quadrant === quadrantAt(from)) return null;
  return `${names[quadrant]}: support ${describeLevel(to.support)}; challenge ${describeLevel(to.challenge)}.`;
}

/** How the marker describes itself to a screen reader when it gets focus. */
export function markerLabel(position: PlotPosition, names: Readonly<Record<QuadrantId, string>>): string {
  return `Marker in ${names[quadrantAt(position)]}: support ${position.support}, challenge ${position.challenge}. Arrow keys move it.`;
}
