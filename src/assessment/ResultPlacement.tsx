import { PlotSvg } from '~/plot/PlotSvg';
import type { Quadrant } from '~/plot/quadrant.schema';
import type { HistoryRow } from './history';
import { formatRating } from './history';
import { levelOf } from '~/plot/position';

// Where the latest result sits: the support/challenge grid with every saved
// result as a path, and the same in words for those who do not see the drawing.

interface Props {
  rows: readonly HistoryRow[];
  quadrants: readonly Quadrant[];
}

export function ResultPlacement({ rows, quadrants }: Props) {
  const latest = rows[rows.length - 1];
  const quadrant = quadrants.find((entry) => entry.id === latest.quadrant)!;
  const { support, challenge } = latest.position;
  return (
    <div class="sa-placement">
      <figure class="sa-plot">
        <PlotSvg idPrefix="sa-plot" quadrants={quadrants} trail={rows.map((row) => row.position)} />
        <figcaption>
          {rows.length > 1
            ? `Your ${rows.length} results on the support/challenge grid. Numbered dots are earlier results, joined in order; the large dot is the latest.`
            : 'Your result on the support/challenge grid: the large dot.'}
        </figcaption>
      </figure>
      <div class={`sa-quadrant sa-in-${quadrant.id}`}>
        <p class="sa-quadrant-name">
          Your answers place you in <strong>{quadrant.name}</strong>.
        </p>
        <p class="sa-quadrant-levels">{`Support ${formatRating(support)} of 10 (${levelOf(support)}), challenge ${formatRating(challenge)} of 10 (${levelOf(challenge)}).`}</p>
        <p class="sa-experience">
          <strong>What learners may experience here:</strong> {quadrant.experience}
        </p>
        <p>
          <strong>Toward growth:</strong> {quadrant.nextStep}
        </p>
      </div>
    </div>
  );
}
