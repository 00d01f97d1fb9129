import { z } from 'astro/zod';
import { searchWordsSchema } from '~/search/searchWords.schema';
import { templateText } from '~/ui/templateText.schema';
import { embedWordsSchema, institutionWordsSchema } from '~/institution/institutionWords.schema';

const text = z.string().trim().min(1);

/** Whether a date can be written in this language tag (Intl throws on a malformed one). */
function isLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

/** Site-wide words in content/data/site.yaml: the name, default description and footer. */
export const siteSchema = z.object({
  name: z.string().trim().min(1),
  /** The language tag dates are written in (BCP 47, such as en-GB or en-US): the footer's and the self-assessment's. */
  locale: z
    .string()
    .trim()
    .refine(isLocale, { error: 'locale must be a language tag such as en-GB or en-US.' })
    .default('en-GB'),
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
  /** The words around every page's own: links and labels in the header, the guide pages' frame, the footer. */
  page: z.object({
    /** The first link on each page (shown when it has keyboard focus): jumps past the header. */
    skipLink: text,
    /** The header's second group of links, behind a button: the pages for teaching with the guide. */
    teachingNav: z.object({
      label: text,
      links: z
        .array(
          z.object({
            label: text,
            path: z.string().regex(/^\/(?!\/)[^\s#?]*$/, { error: 'A link must be a page of this site written from its root, such as /handout/.' }),
          }),
        )
        .min(1),
    }),
    /** Heard by screen readers: the name of the menu of guide pages. */
    navLabel: text,
    /** The dark-mode button. */
    darkMode: text,
    /** Over a guide page's list of its sections. */
    tocHeading: text,
    /** Heard by screen readers: the name of the links to the previous and next page. */
    prevNextLabel: text,
    previous: text,
    next: text,
    /** In the footer, before the date a page was last reviewed. */
    lastReviewed: text,
    /** Heard by screen readers on the "#" link beside each section heading. */
    sectionLink: templateText('section'),
  }),
  /** The links under an article in the reference lists; screen readers hear the work's title after each. */
  referenceLinks: z.object({ doi: text, pubmed: text }),
  /** Link previews (Open Graph, Twitter cards): the preview image's text alternative. */
  linkPreview: z.object({
    imageAlt: z.string().trim().includes('{title}', { error: 'imageAlt must contain {title}, where the page title goes.' }),
  }),
  /** The page a short or old address (content/data/aliases.yaml) shows while it opens its page. */
  redirect: z.object({
    title: z.string().trim().min(1),
    message: z.string().trim().min(1),
  }),
  /** The words around content/data/institution.yaml's name and programmes. */
  institution: institutionWordsSchema,
  /** The embed pages (/embed/plot/, /embed/self-assessment/), for a course page's frame. */
  embed: embedWordsSchema,
});

export type SiteSettings = z.infer<typeof siteSchema>;
