import { z } from 'astro/zod';
import { searchWordsSchema } from '~/search/searchWords.schema';

/** Site-wide words in content/data/site.yaml: the name, default description and footer. */
export const siteSchema = z.object({
  name: z.string().trim().min(1),
  /** Used when a page has no description of its own (e.g. the 404 page). */
  description: z.string().trim().min(20).max(200),
  /** Short lines in the footer: sources and privacy. */
  footer: z.array(z.string().trim().min(1)).min(1),
  /** The page shown for an address the site does not have. */
  notFound: z.object({
    title: z.string().trim().min(1),
    message: z.string().trim().min(1),
    listHeading: z.string().trim().min(1),
  }),
  search: searchWordsSchema,
  /** Link previews (Open Graph, Twitter cards): the preview image's text alternative. */
  linkPreview: z.object({
    imageAlt: z.string().trim().includes('{title}', { error: 'imageAlt must contain {title}, where the page title goes.' }),
  }),
  /** The page a short or old address (content/data/aliases.yaml) shows while it opens its page. */
  redirect: z.object({
    title: z.string().trim().min(1),
    message: z.string().trim().min(1),
  }),
});

export type SiteSettings = z.infer<typeof siteSchema>;
