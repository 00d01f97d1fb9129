import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** The words of the "Share this guide" page, content/data/share.yaml. */
export const shareSchema = z.object({
  title: text,
  description: z.string().trim().min(20).max(200),
  intro: text,
  email: z.object({
    heading: text,
    intro: text,
    subjectLabel: text,
    subject: text,
    opening: z.array(text).min(1),
    /** Pages or sections to read first: "/model/" or "/model/#vision"; checked against the guide at build. */
    readFirst: z
      .array(z.object({ link: z.string().trim().startsWith('/', 'Write each link from the site root, such as /model/#vision.'), why: text }))
      .min(1),
    closing: z.array(text),
    copy: text,
    copied: text,
  }),
  links: z.object({
    heading: text,
    intro: text,
    copy: text,
    copyNamed: text.includes('{name}', { error: 'copyNamed must contain {name}, where the page or section goes.' }),
    copied: text.includes('{name}', { error: 'copied must contain {name}, where the page or section goes.' }),
  }),
  /** The frame snippets for a course page (the /embed/ pages). */
  embed: z.object({
    heading: text,
    intro: text,
    /** What each kind of host does with the frame's height. */
    hosts: z.array(text).min(1),
    copy: text,
    copied: text,
  }),
  failed: text,
  manualLabel: text,
  relativeNote: text,
});

export type ShareWords = z.infer<typeof shareSchema>;
