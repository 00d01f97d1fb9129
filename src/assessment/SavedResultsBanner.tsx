import { formatCompletedAt } from './history';
import type { SavedAttempt } from './storage';

// Above the form for a returning reader: their saved results, one button away.

interface Props {
  /** Oldest first; never empty. */
  attempts: readonly SavedAttempt[];
  onShow: () => void;
}

export function SavedResultsBanner({ attempts, onShow }: Props) {
  const latest = formatCompletedAt(attempts[attempts.length - 1].completedAt);
  return (
    <div class="sa-saved needs-js">
      <p>
        {attempts.length === 1
          ? `You have a saved result from ${latest}.`
          : `You have ${attempts.length} saved results; the latest is from ${latest}.`}
      </p>
      <button type="button" class="control" onClick={onShow}>
        See your results
      </button>
    </div>
  );
}
