import { z } from 'astro/zod';
import { LEVEL_MAX, LEVEL_MIN } from './levels.rules';

const rating = (axis: string) =>
  z
    .number({ error: `${axis} must be a whole number from ${LEVEL_MIN} to ${LEVEL_MAX}.` })
    .int({ error: `${axis} must be a whole number from ${LEVEL_MIN} to ${LEVEL_MAX}.` })
    .min(LEVEL_MIN, { error: `${axis} must be at least ${LEVEL_MIN}.` })
    .max(LEVEL_MAX, { error: `${axis} must be at most ${LEVEL_MAX}.` });

/** A named example relationship in content/data/example-relationships.yaml that moves the plot's marker. */
export const exampleRelationshipSchema = z.object({
  /** Short, lowercase, with hyphens: it appears in shared links (?example=friendly-preceptor). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'id must be lowercase letters, digits and hyphens, e.g. friendly-preceptor.',
  }),
  name: z.string().trim().min(1),
  support: rating('support'),
  challenge: rating('challenge'),
  /** Why the relationship sits where it does, in two or three sentences. */
  explanation: z.string().trim().min(1),
});

export type ExampleRelationship = z.infer<typeof exampleRelationshipSchema>;
