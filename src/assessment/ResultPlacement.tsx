import { PlotSvg } from '~/plot/PlotSvg';
import type { Quadrant } from '~/plot/quadrant.schema';
import type { HistoryRow } from './history';
import { formatRating } from './history';
import { LEVEL_MAX, levelOf } from '~/plot/position';
import type { DrawingWords } from '~/plot/drawingWords';
import type { ResultContent } from './clientContent';
import { fillMessage, splitMessage } from '~/ui/template';

// Where the latest result sits: the support/challenge grid with every saved
// result as a path, and the same in words for those who do not see the drawing.

interface Props {
  rows: readonly HistoryRow[];
  quadrants: readonly Quadrant[];
  words: ResultContent['results'];
  /** The grid's words; its low and high also name the levels in words. */
  drawing: DrawingWords;
}

export function ResultPlacement({ rows, quadrants, words, drawing }: Props) {
  const latest = rows[rows.length - 1];
  const quadrant = quadrants.find((entry) => entry.id === latest.quadrant)!;
  const { support, challenge } = latest.position;
  const [placedBefore, placedAfter] = splitMessage(words.placedIn, 'quadrant');
  return (
    <div class="sa-placement">
      <figure class="sa-plot">
        <PlotSvg idPrefix="sa-plot" quadrants={quadrants} words={drawing} trail={rows.map((row) => row.position)} />
        <figcaption>
          {rows.length === 1 ? words.placementOne : fillMessage(words.placementMany, { count: rows.length })}
        </figcaption>
      </figure>
      <div class={`sa-quadrant sa-in-${quadrant.id}`}>
        <p class="sa-quadrant-name">
          {placedBefore}
          <strong>{quadrant.name}</strong>
          {placedAfter}
        </p>
        <p class="sa-quadrant-levels">
          {fillMessage(words.levels, {
            support: formatRating(support),
            supportLevel: drawing[levelOf(support)],
            challenge: formatRating(challenge),
            challengeLevel: drawing[levelOf(challenge)],
            max: LEVEL_MAX,
          })}
        </p>
        <p class="sa-experience">
          <strong>{words.experience}</strong> {quadrant.experience}
        </p>
        <p>
          <strong>{words.towardGrowth}</strong> {quadrant.nextStep}
        </p>
      </div>
    </div>
  );
}
