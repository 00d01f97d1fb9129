import { z } from 'astro/zod';
import { templateText } from '~/ui/templateText.schema';

const text = z.string().trim().min(1);

/** The printable handout's own words in content/data/handout.yaml (its content comes from elsewhere). */
export const handoutSchema = z.object({
  title: text,
  description: z.string().trim().min(20).max(200),
  heading: text,
  modelHeading: text,
  quadrantsHeading: text,
  supportAxis: text,
  challengeAxis: text,
  dosHeading: text,
  makingItWorkHeading: text,
  referencesHeading: text,
  qrCaption: text,
  noAddress: text,
  printTip: text,
  /** The levels beside each quadrant: "Challenge high, support low". */
  high: text,
  low: text,
  /** The figure credits under the quadrants and the do's and don'ts: {source} becomes "Daloz (1986)". */
  credits: z.object({
    quadrants: z.object({ text: templateText('source'), work: text }),
    dos: z.object({ text: templateText('source'), work: text }),
  }),
});

export type Handout = z.infer<typeof handoutSchema>;
