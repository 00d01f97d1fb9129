import { z } from 'astro/zod';

/**
 * Words with {placeholders} that the site fills in, e.g. "(support {support},
 * challenge {challenge})": non-empty, and every placeholder named must be kept,
 * with a message a faculty author can act on.
 */
export const templateText = (...placeholders: string[]) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((text) => placeholders.every((name) => text.includes(`{${name}}`)), {
      error: `Keep ${placeholders.map((name) => `{${name}}`).join(' and ')} in these words: the site puts the ${placeholders.length > 1 ? 'values' : 'value'} there.`,
    });
