import { z } from 'astro/zod';

// Authors are written the way AMA style prints them ("Rose GL"): surname, a
// space, then initials with no full stops. Checking the shape here catches
// "G. L. Rose" before it reaches the reference list.
const amaAuthor = z
  .string()
  .regex(
    /^[\p{L}'’-]+(?: [\p{L}'’-]+)* [A-Z]{1,3}$/u,
    'Write each author as surname then initials, for example "Rose GL".',
  );

const common = {
  /** The key pages cite this work by, e.g. daloz1986. */
  id: z.string().regex(/^[a-z]+[0-9]{4}[a-z]?$/, 'The key is the first author\'s surname and year in lower case, e.g. "rose2005".'),
  authors: z.array(amaAuthor).min(1, 'List at least one author.'),
  /** True when the source lists only the first authors followed by "et al". */
  etAl: z.boolean().default(false),
  title: z.string().trim().min(1),
  year: z.number().int().min(1900).max(2100),
  /** Which list the work appears in on the references page. */
  group: z.enum(['handout', 'evidence']),
  /** What the work is and why it is cited, in one or two sentences. */
  note: z.string().trim().min(1).optional(),
};

export const bookSchema = z.object({
  ...common,
  type: z.literal('book'),
  publisher: z.string().trim().min(1).optional(),
  edition: z.string().trim().min(1).optional(),
});

export const articleSchema = z.object({
  ...common,
  type: z.literal('article'),
  /** The journal's abbreviated title as the NLM catalogue gives it, e.g. "Acad Med". */
  journal: z.string().trim().min(1),
  volume: z.string().regex(/^\d+$/, 'volume is a number, e.g. "80".').optional(),
  issue: z.string().regex(/^\d+$/, 'issue is a number, e.g. "4".').optional(),
  pages: z.string().regex(/^\d+(?:-\d+)?$/, 'pages look like "344-348" or "98".').optional(),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'A DOI starts with "10." and has no spaces, e.g. "10.1001/jama.296.9.1103".').optional(),
  pmid: z.string().regex(/^\d{1,9}$/, 'A PubMed ID is digits only.').optional(),
});

/** One work in content/data/references.yaml. */
export const referenceSchema = z.discriminatedUnion('type', [bookSchema, articleSchema], {
  error: 'type must be "book" or "article".',
});

export type Reference = z.infer<typeof referenceSchema>;
export type BookReference = z.infer<typeof bookSchema>;
export type ArticleReference = z.infer<typeof articleSchema>;
