import { useState } from 'preact/hooks';

// Copies a link to the clipboard. Where the clipboard is refused (an insecure
// origin, a browser policy), it shows the link in a field to copy by hand.

interface Props {
  label: string;
  /** Builds the link when clicked, so it holds the state of that moment. */
  link: () => string;
  /** Tells the explorer's live region what happened. */
  announce: (message: string) => void;
}

export function CopyLinkButton({ label, link, announce }: Props) {
  const [manualLink, setManualLink] = useState<string | null>(null);

  const copy = async () => {
    const url = link();
    try {
      await navigator.clipboard.writeText(url);
      setManualLink(null);
      announce('Link copied to the clipboard.');
    } catch {
      setManualLink(url);
      announce('Could not copy automatically. The link is shown below the button; select it and copy it.');
    }
  };

  return (
    <div class="plot-share">
      <button type="button" class="control" onClick={copy}>
        {label}
      </button>
      {manualLink !== null && (
        <label class="plot-manual-link">
          Link to this view
          <input type="text" readOnly value={manualLink} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
