import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** The short summary of the mentoring model in content/data/model.yaml (for the handout). */
export const modelSummarySchema = z.object({
  intro: text,
  /** Support, challenge and vision, in that order. */
  elements: z
    .array(z.object({ id: z.enum(['support', 'challenge', 'vision']), name: text, summary: text }))
    .length(3, { error: 'Give exactly three elements: support, challenge and vision.' }),
  balance: text,
});

export type ModelSummary = z.infer<typeof modelSummarySchema>;
