import { describe, expect, it } from 'vitest';
import { reviewedDate } from '~/site/reviewedDate';

describe("a page's review date in its footer", () => {
  it("is written in the site's locale, with the month in full", () => {
    expect(reviewedDate(new Date('2026-11-25'), 'en-GB')).toBe('25 November 2026');
    expect(reviewedDate(new Date('2026-11-25'), 'en-US')).toBe('November 25, 2026');
  });

  it('is the day written in the content, whatever the time zone of the machine that builds it', () => {
    // A `reviewed: 2026-03-01` date is midnight UTC: the day before in New York.
    expect(reviewedDate(new Date('2026-03-01T00:00:00Z'), 'en-GB')).toBe('1 March 2026');
  });
});
