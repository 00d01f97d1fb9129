import { useState } from 'preact/hooks';

// Copying to the clipboard, with a way out: the clipboard can be refused (an
// insecure origin, a browser policy), and then the text is offered to copy by
// hand. Used by CopyButton.tsx, the site's one copy button.

export interface CopyMessages {
  copied: string;
  failed: string;
}

/** `copy(text)` tries the clipboard; `manual` holds the text to show when it was refused. */
export function useCopyText(announce: (message: string) => void, messages: CopyMessages) {
  const [manual, setManual] = useState<string | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      announce(messages.copied);
    } catch {
      setManual(text);
      announce(messages.failed);
    }
  };
  return { manual, copy };
}
