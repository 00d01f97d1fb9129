import type { ScaleLine } from './scoring';
import { ratingFromShare } from './scoring';
import { formatRating } from './history';
import { sitePath } from '~/site/paths';
import type { ResultContent } from './clientContent';
import { LEVEL_MAX } from '~/plot/position';
import { fillMessage } from '~/ui/template';

// One line per scale: a strength or something to try, with a link to the part
// of the guide that helps. Scores are shown for the three elements only; for
// the do's and don'ts a number would suggest more precision than a few
// statements can give.

interface Props {
  lines: readonly ScaleLine[];
  showScores?: boolean;
  words: Pick<ResultContent['results'], 'scaleScore' | 'strength' | 'toTry' | 'readMore'>;
}

export function ScaleLineList({ lines, showScores = false, words }: Props) {
  return (
    <ul class="sa-lines">
      {lines.map(({ scale, share, strength }) => (
        <li key={scale.id} class={strength ? 'sa-strength' : 'sa-to-try'}>
          <p>
            <strong>
              {showScores ? fillMessage(words.scaleScore, { scale: scale.name, rating: formatRating(ratingFromShare(share)), max: LEVEL_MAX }) : `${scale.name}.`}
            </strong>{' '}
            <span class="sa-line-kind">{strength ? words.strength : words.toTry}</span> {strength ? scale.strength : scale.suggestion}
          </p>
          <a href={sitePath(scale.guide)}>{fillMessage(words.readMore, { scale: scale.name })}</a>
        </li>
      ))}
    </ul>
  );
}
