import { useCopyText } from '~/ui/useCopyText';

// Ways to take the results away: print them (a one-page layout in
// assessment.css), copy a plain-text summary, or start again.

interface Props {
  summary: () => string;
  announce: (message: string) => void;
  onRetake: () => void;
}

const MESSAGES = {
  copied: 'Summary copied to the clipboard.',
  failed: 'Could not copy automatically. The summary is shown below the buttons; select it and copy it.',
};

export function ResultActions({ summary, announce, onRetake }: Props) {
  const { manual, copy } = useCopyText(announce, MESSAGES);
  return (
    <div class="sa-actions">
      <div class="sa-buttons">
        <button type="button" class="control" onClick={() => window.print()}>
          Print results
        </button>
        <button type="button" class="control" onClick={() => copy(summary())}>
          Copy a text summary
        </button>
        <button type="button" class="control" onClick={onRetake}>
          Take the self-assessment again
        </button>
      </div>
      {manual !== null && (
        <label class="sa-manual-copy">
          Summary to copy
          <textarea readOnly rows={8} value={manual} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
