import type { ScaleLine } from './scoring';
import { ratingFromShare } from './scoring';
import { formatRating } from './history';
import { sitePath } from '~/site/paths';

// One line per scale: a strength or something to try, with a link to the part
// of the guide that helps. Scores are shown for the three elements only; for
// the do's and don'ts a number would suggest more precision than a few
// statements can give.

interface Props {
  lines: readonly ScaleLine[];
  showScores?: boolean;
}

export function ScaleLineList({ lines, showScores = false }: Props) {
  return (
    <ul class="sa-lines">
      {lines.map(({ scale, share, strength }) => (
        <li key={scale.id} class={strength ? 'sa-strength' : 'sa-to-try'}>
          <p>
            <strong>{showScores ? `${scale.name}: ${formatRating(ratingFromShare(share))} of 10.` : `${scale.name}.`}</strong>{' '}
            <span class="sa-line-kind">{strength ? 'Strength:' : 'To try:'}</span> {strength ? scale.strength : scale.suggestion}
          </p>
          <a href={sitePath(scale.guide)}>{`Read more: ${scale.name}`}</a>
        </li>
      ))}
    </ul>
  );
}
