// Element ids inside the self-assessment. One place, because the error summary
// links to the questions and the tests find them by these ids.

/** The id of a statement's or a scenario's fieldset. */
export function questionId(kind: 'item' | 'scenario', id: string): string {
  return `sa-${kind}-${id}`;
}

/** The quiz's own id: the anchor of links to it (/self-assessment/#self-assessment). */
export const QUIZ_ID = 'self-assessment';
export const RESULTS_HEADING_ID = 'your-results';
/** Part 1's heading: where focus goes when the reader starts again. */
export const FORM_HEADING_ID = 'part-1';
/** Part 2's heading. */
export const SCENARIOS_HEADING_ID = 'part-2';
/** The history table's heading: where focus goes after one result is deleted. */
export const HISTORY_HEADING_ID = 'sa-history-heading';
