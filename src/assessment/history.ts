import type { PlotPosition } from '~/plot/position';
import { quadrantAt } from '~/plot/position';
import type { QuadrantId } from '~/plot/quadrants';
import { ratingFromShare, resultPosition } from './scoring';
import type { SavedAttempt } from './storage';

// The reader's saved attempts as a history: where each sat on the grid and how
// it changed from the one before.

export interface Change {
  support: number;
  challenge: number;
  vision: number | null;
}

export interface HistoryRow {
  attempt: SavedAttempt;
  position: PlotPosition;
  vision: number | null;
  quadrant: QuadrantId;
  /** Change from the attempt before; null for the first. */
  change: Change | null;
}

/** A rating to one decimal place, as the table shows it. */
function shown(rating: number): number {
  return Math.round(rating * 10) / 10;
}

/** The change between two ratings as shown, so "1.4 → 1.7" reads "+0.3", never "+0.4". */
function difference(now: number, before: number): number {
  return Math.round((shown(now) - shown(before)) * 10) / 10;
}

/** One row per attempt, oldest first (attempts arrive sorted from storage). */
export function historyRows(attempts: readonly SavedAttempt[]): HistoryRow[] {
  return attempts.map((attempt, index) => {
    const position = resultPosition(attempt.shares);
    const vision = typeof attempt.shares.vision === 'number' ? ratingFromShare(attempt.shares.vision) : null;
    const before = index > 0 ? attempts[index - 1] : undefined;
    let change: Change | null = null;
    if (before) {
      const previous = resultPosition(before.shares);
      const previousVision = typeof before.shares.vision === 'number' ? ratingFromShare(before.shares.vision) : null;
      change = {
        support: difference(position.support, previous.support),
        challenge: difference(position.challenge, previous.challenge),
        vision: vision !== null && previousVision !== null ? difference(vision, previousVision) : null,
      };
    }
    return { attempt, position, vision, quadrant: quadrantAt(position), change };
  });
}

/** A change as a reader sees it: "+1.2", "−0.4" (a true minus sign) or the content's words for none (history.noChange). */
export function formatChange(delta: number | null, noChange: string): string {
  if (delta === null) return '';
  if (delta === 0) return noChange;
  return delta > 0 ? `+${delta.toFixed(1)}` : `−${Math.abs(delta).toFixed(1)}`;
}

/** A rating as shown: one decimal place ("7.0", not "7"), so columns line up. */
export function formatRating(rating: number): string {
  return rating.toFixed(1);
}

// Making a date formatter is slow; a long history formats many dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** When an attempt was completed, in the site's locale and the reader's time zone: "25 Nov 2026, 17:30" in en-GB. */
export function formatCompletedAt(iso: string, locale: string, timeZone?: string): string {
  const key = `${locale} ${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
