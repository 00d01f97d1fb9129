import { z } from 'astro/zod';

// content/data/institution.yaml: what makes the guide one institution's own.
// Every field is optional, and without the file the guide is the generic one.

const text = z.string().trim().min(1);

/** A full https:// (or http://) address. */
const address = z.url({ protocol: /^https?$/, error: 'Write a full address starting with https://, such as https://faculty.example.edu/mentoring/.' });

/**
 * An origin allowed to frame the embed pages: scheme, host and port only, as
 * frame-ancestors takes it (https://canvas.example.edu). A path, a wildcard
 * or a quote would widen or break the header, so they are refused.
 */
export const embedOrigin = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
    } catch {
      return false;
    }
  }, { error: 'Write an origin only: https:// and the host, with no path, such as https://canvas.example.edu.' })
  .transform((value) => new URL(value).origin);

/** One local mentoring programme or contact. */
export const programmeSchema = z.strictObject({
  name: text.max(100),
  /** Its web page, or a mailto: address. */
  link: z
    .string()
    .trim()
    .refine((link) => /^mailto:[^\s@]+@[^\s@]+$/.test(link) || address.safeParse(link).success, {
      error: 'A link is a full address (https://...) or an email written mailto:name@example.edu.',
    }),
  /** One line on what it offers. */
  line: text.max(200),
});

export const institutionSchema = z.strictObject({
  /** The organisation's name, as readers know it. */
  organisation: text.max(100).optional(),
  /** An SVG file in public/, written from the site's root: /logo.svg. */
  logo: z
    .string()
    .trim()
    .regex(/^\/[\w./-]+\.svg$/, 'The logo is an SVG file in public/, written from the site root, such as /logo.svg.')
    .refine((path) => !path.includes('..'), { error: 'The logo must be inside public/.' })
    .optional(),
  programmes: z.array(programmeSchema).default([]),
  /** The public address of the guide; used when the build has no SITE_URL. */
  siteUrl: address.optional(),
  /** Origins (a learning-management system's) allowed to show /embed/ pages in a frame. */
  embedOrigins: z.array(embedOrigin).default([]),
});

export type Institution = z.infer<typeof institutionSchema>;
export type Programme = z.infer<typeof programmeSchema>;
