import { z } from 'astro/zod';

/** One entry of the "Going further" list in content/data/resources.yaml. */
export const resourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id uses lower-case letters, digits and hyphens.'),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
});

export type Resource = z.infer<typeof resourceSchema>;
