import { describe, expect, it } from 'vitest';
import { formatChange, formatCompletedAt, formatRating, historyRows } from '~/assessment/history';
import type { SavedAttempt } from '~/assessment/storage';

const attempt = (id: string, completedAt: string, shares: Record<string, number>): SavedAttempt => ({
  id,
  completedAt,
  shares,
  scenarios: { best: 1, total: 4 },
});

// Ratings (1 + share x 9, to one decimal): 0.4 -> 4.6, 0.2 -> 2.8, 0.5 -> 5.5, 0.8 -> 8.2, 0.7 -> 7.3, 1 -> 10, 0 -> 1.
const march = attempt('march', '2025-03-01T09:00:00.000Z', { support: 0.4, challenge: 0.2, vision: 0.5 });
const april = attempt('april', '2025-04-02T16:30:00.000Z', { support: 0.8, challenge: 0.2, vision: 0.7 });
const may = attempt('may', '2025-05-06T07:08:00.000Z', { support: 0.5, challenge: 1, 'ask-questions': 0.9 });

describe('the history of attempts', () => {
  it('gives each attempt its place on the grid, its vision rating and its quadrant', () => {
    const rows = historyRows([march, april, may]);
    expect(rows.map((row) => row.attempt)).toEqual([march, april, may]);
    expect(rows.map((row) => row.position)).toEqual([
      { support: 4.6, challenge: 2.8 },
      { support: 8.2, challenge: 2.8 },
      { support: 5.5, challenge: 10 },
    ]);
    expect(rows.map((row) => row.vision)).toEqual([5.5, 7.3, null]);
    // A support rating of exactly 5.5 is on the line, and counts as low.
    expect(rows.map((row) => row.quadrant)).toEqual(['stasis', 'confirmation', 'retreat']);
  });

  it('gives no change for the first attempt, and the change from the one before for each later one', () => {
    const rows = historyRows([march, april]);
    expect(rows[0]!.change).toBeNull();
    expect(rows[1]!.change).toEqual({ support: 3.6, challenge: 0, vision: 1.8 });
  });

  it('compares with the attempt just before, not the first', () => {
    const rows = historyRows([march, april, may]);
    expect(rows[2]!.change).toEqual({ support: -2.7, challenge: 7.2, vision: null });
  });

  it('works the change out from the ratings as shown, so the table adds up', () => {
    // Support 1.441 shows as 1.4 and 1.657 as 1.7: the change shown is +0.3, not the +0.2 between the exact values.
    const rows = historyRows([
      attempt('before', '2025-01-01T00:00:00Z', { support: 0.049, challenge: 0 }),
      attempt('after', '2025-02-01T00:00:00Z', { support: 0.073, challenge: 0 }),
    ]);
    expect(rows.map((row) => formatRating(row.position.support))).toEqual(['1.4', '1.7']);
    expect(rows[1]!.change?.support).toBe(0.3);
  });

  it('gives no vision change when either attempt has no vision score', () => {
    const noVision = attempt('no-vision', '2025-06-01T10:00:00.000Z', { support: 1, challenge: 1 });
    const rows = historyRows([noVision, march]);
    expect(rows[0]!.vision).toBeNull();
    expect(rows[1]!.change).toEqual({ support: -5.4, challenge: -7.2, vision: null });
  });

  it('places the growth quadrant when support and challenge are both above 5.5', () => {
    expect(historyRows([attempt('top', '2025-01-01T00:00:00Z', { support: 0.6, challenge: 0.6 })])[0]!.quadrant).toBe('growth');
  });

  it('is empty without attempts', () => {
    expect(historyRows([])).toEqual([]);
  });
});

describe('how a change is written', () => {
  const noChange = 'no change';

  it('puts a plus sign on a rise, with one decimal place', () => {
    expect(formatChange(1.2, noChange)).toBe('+1.2');
    expect(formatChange(3, noChange)).toBe('+3.0');
  });

  it('puts a true minus sign (U+2212), not a hyphen, on a fall', () => {
    expect(formatChange(-0.4, noChange)).toBe('\u22120.4');
    expect(formatChange(-2, noChange)).toBe('\u22122.0');
    expect(formatChange(-0.4, noChange)).not.toContain('-');
  });

  it("says the content's words for zero, and nothing for no change to report", () => {
    expect(formatChange(0, noChange)).toBe('no change');
    expect(formatChange(-0, 'unchanged')).toBe('unchanged');
    expect(formatChange(null, noChange)).toBe('');
  });
});

describe('how a rating and a date are written', () => {
  it('writes a rating with one decimal place, so columns line up', () => {
    expect(formatRating(7)).toBe('7.0');
    expect(formatRating(5.5)).toBe('5.5');
    expect(formatRating(10)).toBe('10.0');
  });

  it('writes when an attempt was completed as day, short month, year and 24-hour time', () => {
    expect(formatCompletedAt('2026-11-25T17:30:00.000Z', 'en-GB', 'UTC')).toBe('25 Nov 2026, 17:30');
    expect(formatCompletedAt('2025-03-01T09:05:00.000Z', 'en-GB', 'UTC')).toBe('1 Mar 2025, 09:05');
  });

  it("writes it in the site's locale", () => {
    // ICU versions differ in the space before PM.
    expect(formatCompletedAt('2026-11-25T17:30:00.000Z', 'en-US', 'UTC')).toMatch(/^Nov 25, 2026, 05:30\sPM$/);
    // After en-US, en-GB again: each locale keeps its own formatter.
    expect(formatCompletedAt('2026-11-25T17:30:00.000Z', 'en-GB', 'UTC')).toBe('25 Nov 2026, 17:30');
  });

  it('writes the time in the time zone it is given', () => {
    expect(formatCompletedAt('2026-11-25T23:30:00.000Z', 'en-GB', 'UTC')).toBe('25 Nov 2026, 23:30');
    expect(formatCompletedAt('2026-11-25T23:30:00.000Z', 'en-GB', 'Asia/Tokyo')).toBe('26 Nov 2026, 08:30');
    expect(formatCompletedAt('2026-07-01T12:00:00.000Z', 'en-GB', 'Europe/London')).toBe('1 Jul 2026, 13:00');
  });
});
