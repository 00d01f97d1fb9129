import { useCopyText } from '~/ui/useCopyText';

// Copies a link to the clipboard. Where the clipboard is refused, it shows the
// link in a field to copy by hand.

interface Props {
  label: string;
  /** Builds the link when clicked, so it holds the state of that moment. */
  link: () => string;
  /** Tells the explorer's live region what happened. */
  announce: (message: string) => void;
}

const MESSAGES = {
  copied: 'Link copied to the clipboard.',
  failed: 'Could not copy automatically. The link is shown below the button; select it and copy it.',
};

export function CopyLinkButton({ label, link, announce }: Props) {
  const { manual, copy } = useCopyText(announce, MESSAGES);
  return (
    <div class="plot-share">
      <button type="button" class="control" onClick={() => copy(link())}>
        {label}
      </button>
      {manual !== null && (
        <label class="plot-manual-link">
          Link to this view
          <input type="text" readOnly value={manual} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
