import type { SelfAssessment } from './selfAssessment.schema';
import type { Quadrant } from '~/plot/quadrant.schema';
import { formatChange, formatCompletedAt, formatRating, historyRows } from './history';
import { ratingFromShare, scaleLines } from './scoring';
import type { SavedAttempt } from './storage';

// The plain-text summary a reader copies (into notes, an email to themselves,
// a portfolio). Plain text travels everywhere; links are spelled out in full.

export interface SummaryInput {
  content: Pick<SelfAssessment, 'scales' | 'strengthFrom' | 'disclaimer'>;
  quadrants: readonly Pick<Quadrant, 'id' | 'name' | 'nextStep'>[];
  /** Every saved attempt, oldest first; the last is the one summarised. */
  attempts: readonly SavedAttempt[];
  /** The full address of a guide page or section (scale.guide is relative to the site). */
  linkTo: (guide: string) => string;
  title: string;
  timeZone?: string;
}

/** The latest result, its lines for each do and don't, and earlier results, as plain text. */
export function summaryText({ content, quadrants, attempts, linkTo, title, timeZone }: SummaryInput): string {
  const rows = historyRows(attempts);
  const latest = rows.at(-1);
  if (!latest) return '';
  const quadrant = quadrants.find((entry) => entry.id === latest.quadrant);
  const { shares, scenarios } = latest.attempt;
  const lines = [
    `${title}: ${formatCompletedAt(latest.attempt.completedAt, timeZone)}`,
    content.disclaimer,
    '',
    ...scaleLines(content.scales, shares, content.strengthFrom, ['element']).map(
      ({ scale, share }) => `${scale.name}: ${formatRating(ratingFromShare(share))} of 10`,
    ),
    `On the support/challenge grid: ${quadrant?.name ?? latest.quadrant}.`,
    ...(quadrant ? [`Toward growth: ${quadrant.nextStep}`] : []),
    '',
    "Do's and don'ts:",
    ...scaleLines(content.scales, shares, content.strengthFrom, ['do', 'dont']).map(
      ({ scale, strength }) =>
        `- ${scale.name}: ${strength ? `strength. ${scale.strength}` : `to try. ${scale.suggestion}`} (${linkTo(scale.guide)})`,
    ),
    '',
    `Scenarios: the best-fitting response in ${scenarios.best} of ${scenarios.total}.`,
  ];
  const earlier = rows.slice(0, -1);
  if (earlier.length > 0) {
    lines.push('', 'Earlier results:');
    for (const row of earlier) {
      const name = quadrants.find((entry) => entry.id === row.quadrant)?.name ?? row.quadrant;
      lines.push(
        `- ${formatCompletedAt(row.attempt.completedAt, timeZone)}: support ${formatRating(row.position.support)}, challenge ${formatRating(row.position.challenge)} (${name})`,
      );
    }
    const change = latest.change;
    if (change) {
      lines.push(`Since the last time: support ${formatChange(change.support)}, challenge ${formatChange(change.challenge)}.`);
    }
  }
  return lines.join('\n');
}
