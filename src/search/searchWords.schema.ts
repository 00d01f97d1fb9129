import { z } from 'astro/zod';

const words = z.string().trim().min(1);

/** A message that must name some placeholders, e.g. "{count} pages match “{query}”." */
const message = (...placeholders: string[]) =>
  words.refine((text) => placeholders.every((name) => text.includes(`{${name}}`)), {
    error: `Keep the placeholder${placeholders.length > 1 ? 's' : ''} ${placeholders.map((name) => `{${name}}`).join(' and ')} in this message: the site fills ${placeholders.length > 1 ? 'them' : 'it'} in.`,
  });

/** The words of site search (content/data/site.yaml, under "search"). */
export const searchWordsSchema = z.object({
  /** The header control that opens search. */
  control: words,
  /** The keyboard shortcut shown on it (Cmd+K on a Mac works too). */
  shortcut: words,
  /** The label of the search field, in the dialog and on the search page. */
  heading: words,
  /** Shown under the field before the reader types. */
  hint: words,
  /** How to use the results by keyboard, shown in the dialog. */
  keys: words,
  close: words,
  searching: words,
  oneResult: message('query'),
  manyResults: message('count', 'query'),
  noResults: message('query'),
  /** Shown when the search index cannot be loaded (offline, blocked). */
  unavailable: words,
  /** The standalone search page, /search/. */
  page: z.object({
    title: words,
    description: z.string().trim().min(20).max(200),
    needsJavaScript: words,
    contentsHeading: words,
  }),
});

export type SearchWords = z.infer<typeof searchWordsSchema>;
