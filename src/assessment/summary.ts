import type { SelfAssessment } from './selfAssessment.schema';
import type { Quadrant } from '~/plot/quadrant.schema';
import { formatChange, formatCompletedAt, formatRating, historyRows } from './history';
import { ratingFromShare, scaleLines } from './scoring';
import type { SavedAttempt } from './storage';
import { LEVEL_MAX } from '~/plot/position';
import { fillMessage } from '~/ui/template';

// The plain-text summary a reader copies (into notes, an email to themselves,
// a portfolio). Plain text travels everywhere; links are spelled out in full.

export interface SummaryInput {
  /** The history's words for a change of zero, too: the summary says it as the table does. */
  content: Pick<SelfAssessment, 'scales' | 'strengthFrom' | 'disclaimer' | 'summary'> & { history: Pick<SelfAssessment['history'], 'noChange'> };
  quadrants: readonly Pick<Quadrant, 'id' | 'name' | 'nextStep'>[];
  /** Every saved attempt, oldest first; the last is the one summarised. */
  attempts: readonly SavedAttempt[];
  /** The full address of a guide page or section (scale.guide is relative to the site). */
  linkTo: (guide: string) => string;
  title: string;
  /** The site's locale (content/data/site.yaml), for dates. */
  locale: string;
  timeZone?: string;
}

/** The latest result, its lines for each do and don't, and earlier results, as plain text. */
export function summaryText({ content, quadrants, attempts, linkTo, title, locale, timeZone }: SummaryInput): string {
  const rows = historyRows(attempts);
  const latest = rows.at(-1);
  if (!latest) return '';
  const words = content.summary;
  const quadrant = quadrants.find((entry) => entry.id === latest.quadrant);
  const { shares, scenarios } = latest.attempt;
  const lines = [
    fillMessage(words.heading, { title, when: formatCompletedAt(latest.attempt.completedAt, locale, timeZone) }),
    content.disclaimer,
    '',
    ...scaleLines(content.scales, shares, content.strengthFrom, ['element']).map(({ scale, share }) =>
      fillMessage(words.scaleScore, { scale: scale.name, rating: formatRating(ratingFromShare(share)), max: LEVEL_MAX }),
    ),
    fillMessage(words.grid, { quadrant: quadrant?.name ?? latest.quadrant }),
    ...(quadrant ? [fillMessage(words.towardGrowth, { step: quadrant.nextStep })] : []),
    '',
    words.dosHeading,
    ...scaleLines(content.scales, shares, content.strengthFrom, ['do', 'dont']).map(({ scale, strength }) =>
      fillMessage(strength ? words.strength : words.toTry, {
        scale: scale.name,
        text: strength ? scale.strength : scale.suggestion,
        link: linkTo(scale.guide),
      }),
    ),
    '',
    fillMessage(words.scenarios, { best: scenarios.best, total: scenarios.total }),
  ];
  const earlier = rows.slice(0, -1);
  if (earlier.length > 0) {
    lines.push('', words.earlierHeading);
    for (const row of earlier) {
      const name = quadrants.find((entry) => entry.id === row.quadrant)?.name ?? row.quadrant;
      lines.push(
        fillMessage(words.earlier, {
          when: formatCompletedAt(row.attempt.completedAt, locale, timeZone),
          support: formatRating(row.position.support),
          challenge: formatRating(row.position.challenge),
          quadrant: name,
        }),
      );
    }
    const change = latest.change;
    if (change) lines.push(fillMessage(words.since, { support: formatChange(change.support, content.history.noChange), challenge: formatChange(change.challenge, content.history.noChange) }));
  }
  return lines.join('\n');
}
