/**
 * The date a page was last reviewed, as its footer shows it: "25 November 2026"
 * in en-GB. In UTC, because a `reviewed: 2026-11-25` date is midnight UTC, so
 * every build writes the same day whatever the machine's time zone.
 */
export function reviewedDate(date: Date, locale: string): string {
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
