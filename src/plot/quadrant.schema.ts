import { z } from 'astro/zod';

/** One quadrant of Daloz's support/challenge model in content/data/quadrants.yaml. */
export const quadrantSchema = z.object({
  // Where each quadrant sits is fixed by the model (src/plot/quadrants.ts);
  // the words about it are content.
  id: z.enum(['stasis', 'confirmation', 'retreat', 'growth'], {
    error: 'id must be one of stasis, confirmation, retreat, growth.',
  }),
  name: z.string().trim().min(1),
  /** What a learner experiences in this quadrant, two or three sentences. */
  experience: z.string().trim().min(1),
  /** One concrete step a mentor can take from here toward growth. */
  nextStep: z.string().trim().min(1),
});

export type Quadrant = z.infer<typeof quadrantSchema>;
