import { z } from 'astro/zod';
import { copyWordsSchema } from '~/ui/copyWords.schema';

/** The words around the interactive support/challenge plot, in content/data/plot.yaml. */
export const plotWordsSchema = z.object({
  /** How to move the marker; shown above the controls when JavaScript runs. */
  instructions: z.string().trim().min(1),
  /** The vision toggle's label. */
  visionLabel: z.string().trim().min(1),
  /** Shown with the vision arrow: the mentor's role in the learner's vision. */
  vision: z.string().trim().min(1),
  /** Heading over the example relationships. */
  examplesHeading: z.string().trim().min(1),
  /** The button that copies a link to the plot as it is now. */
  copyLink: copyWordsSchema,
});

export type PlotWords = z.infer<typeof plotWordsSchema>;
