import { z } from 'astro/zod';

/**
 * One entry of content/data/aliases.yaml. The entry's key is the short or old
 * address; src/aliases/aliases.ts checks both addresses when the site is built.
 */
export const aliasSchema = z.object({
  /** The page (and, after "#", the section) the address leads to, written from the site root: /self-assessment/. */
  to: z.string({ error: 'Give each alias a "to:", the page it leads to, such as /model/.' }).trim().min(1, 'Give each alias a "to:", the page it leads to.'),
  /** Why the alias exists (a short address for emails, the old name of a renamed page); for the people who edit this file. */
  note: z.string().trim().optional(),
});

export type AliasData = z.infer<typeof aliasSchema>;
