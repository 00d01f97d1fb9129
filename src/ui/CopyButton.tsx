import { useCopyText, type CopyMessages } from './useCopyText';

// A button that copies a text (a link, the email) to the clipboard. Where the
// clipboard is refused, the text appears in a field beside it to copy by hand.
// Hidden without JavaScript (needs-js): the links beside it can still be copied.

interface Props {
  /** The visible words, e.g. "Copy link". */
  label: string;
  /** The full name screen readers hear; starts with the visible words, e.g. "Copy link to Vision". */
  name: string;
  text: () => string;
  messages: CopyMessages;
  manualLabel: string;
  announce: (message: string) => void;
}

export function CopyButton({ label, name, text, messages, manualLabel, announce }: Props) {
  const { manual, copy } = useCopyText(announce, messages);
  const multiline = manual?.includes('\n');
  return (
    <span class="share-copy needs-js">
      <button type="button" class="control share-copy-button" aria-label={name === label ? undefined : name} onClick={() => copy(text())}>
        {label}
      </button>
      {manual !== null && (
        <label class="share-manual">
          {manualLabel}
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
