import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/**
 * The words of one copy button (src/ui/CopyButton.tsx), as a content file holds
 * them: the button, what the live region says after copying or failing to, and
 * the label of the field that shows the text to copy by hand.
 */
export const copyWordsSchema = z.object({
  /** The button's words, e.g. "Copy link to this view". */
  label: text,
  /** Said once the text is on the clipboard. */
  copied: text,
  /** Said when the browser refuses the clipboard: the text then shows in a field below the button. */
  failed: text,
  /** The label of that field. */
  manualLabel: text,
});

export type CopyWords = z.infer<typeof copyWordsSchema>;
