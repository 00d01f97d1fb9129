import { useCopyText } from './useCopyText';
import type { CopyWords } from './copyWords.schema';
import './copy-button.css';

// The one copy-to-clipboard button: the plot's link, the self-assessment's
// summary, the share page's links and email. Where the clipboard is refused,
// the text appears in a field after the button to copy by hand (a box for text
// of several lines). Hidden without JavaScript (needs-js): each page offers its
// text another way then (the links themselves, the printed results).

interface Props {
  /** The button's words, what the live region says, the copy-by-hand field's label. */
  words: CopyWords;
  /** The full name screen readers hear, when it says more than the label; starts with the visible words (WCAG 2.5.3). */
  name?: string;
  /** Builds the text when clicked, so it holds the state of that moment. */
  text: () => string;
  /** Tells the caller's live region what happened. */
  announce: (message: string) => void;
  /** The wrapper's class, for the feature's layout (e.g. "plot-share"). */
  class?: string;
}

export function CopyButton({ words, name, text, announce, class: className }: Props) {
  const { manual, copy } = useCopyText(announce, words);
  const multiline = manual?.includes('\n');
  return (
    <span class={['copy-text needs-js', className].filter(Boolean).join(' ')}>
      <button type="button" class="control copy-text-button" aria-label={name && name !== words.label ? name : undefined} onClick={() => copy(text())}>
        {words.label}
      </button>
      {manual !== null && (
        <label class="copy-text-manual">
          {words.manualLabel}
          {multiline ? (
            <textarea readOnly rows={8} value={manual} onFocus={(event) => event.currentTarget.select()} />
          ) : (
            <input type="text" readOnly value={manual} onFocus={(event) => event.currentTarget.select()} />
          )}
        </label>
      )}
    </span>
  );
}
