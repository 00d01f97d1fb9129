import { z } from 'astro/zod';
import { templateText } from '~/ui/templateText.schema';

const text = z.string().trim().min(1);

/**
 * The words around an institution's own details (content/data/site.yaml,
 * "institution"), shown only when content/data/institution.yaml names one.
 */
export const institutionWordsSchema = z.object({
  /** A footer line on every page. */
  footer: templateText('organisation'),
  /** Over the institution's programmes: the home page, the handout, the card. */
  programmesHeading: templateText('organisation'),
  /** Under that heading on the home page. */
  programmesIntro: text,
  /** In the share page's onboarding email, before the programmes. */
  emailProgrammes: templateText('organisation'),
});

/** The words of the embed pages (content/data/site.yaml, "embed"). */
export const embedWordsSchema = z.object({
  plotTitle: text,
  plotDescription: z.string().trim().min(20).max(200),
  selfAssessmentTitle: text,
  selfAssessmentDescription: z.string().trim().min(20).max(200),
  /** The link from an embed page to the whole guide (it opens in a new tab). */
  fullGuide: templateText('site'),
});

export type InstitutionWords = z.infer<typeof institutionWordsSchema>;
export type EmbedWords = z.infer<typeof embedWordsSchema>;
