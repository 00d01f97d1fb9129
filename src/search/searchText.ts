// What the search field sends to Pagefind, and what the status line says about
// it. The status line is a polite live region, so these words are also what
// screen-reader users hear.

import { fillMessage } from '~/ui/template';

// Filling a message's {placeholders} is shared with the other features' words.
export { fillMessage };

/** The longest query searched. A pasted paragraph is cut here: no passage needs more to be found. */
export const MAX_QUERY_LENGTH = 120;

/** The reader's input as a query: spaces collapsed and trimmed, cut to MAX_QUERY_LENGTH characters (never inside an emoji). */
export function normaliseQuery(input: string): string {
  const collapsed = input.replace(/\s+/g, ' ').trim();
  return Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The messages of the status line (from content/data/site.yaml). */
export interface StatusWords {
  searching: string;
  oneResult: string;
  manyResults: string;
  noResults: string;
  unavailable: string;
}

/** Where a search stands. */
export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; count: number }
  | { kind: 'unavailable' };

/** The status line for a search state: empty before the reader types. */
export function statusMessage(state: SearchState, words: StatusWords): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'searching':
      return words.searching;
    case 'unavailable':
      return words.unavailable;
    case 'done': {
      const template = state.count === 0 ? words.noResults : state.count === 1 ? words.oneResult : words.manyResults;
      return fillMessage(template, { count: state.count, query: state.query });
    }
  }
}
