import { z } from 'astro/zod';

/** Frontmatter of a guide page in content/guide/*.mdx. */
export const guidePageSchema = z.object({
  /** The page's heading and the first part of the browser tab title. */
  title: z.string().trim().min(1, 'Give the page a title.').max(80, 'Keep the title under 80 characters.'),
  /** A shorter label for the site navigation, when the title is long. */
  navLabel: z.string().trim().min(1).max(30).optional(),
  /** One or two sentences shown in search engines and link previews. */
  description: z
    .string()
    .trim()
    .min(20, 'Write a description of at least 20 characters: it is the link preview text.')
    .max(200, 'Keep the description under 200 characters: previews cut longer text.'),
  /** Position in the guide: 0 is the home page, then 1, 2, 3 ... */
  order: z.number().int('order must be a whole number.').min(0, 'order starts at 0 (the home page).'),
  /** Show "On this page" links (pages with three or more sections only). */
  toc: z.boolean().default(true),
  /** The date a faculty member last checked this page, as YYYY-MM-DD. */
  reviewed: z.coerce.date({ error: 'reviewed must be a date written as YYYY-MM-DD.' }),
});

export type GuidePageData = z.infer<typeof guidePageSchema>;
