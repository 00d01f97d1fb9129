import { formatCompletedAt } from './history';
import type { SavedAttempt } from './storage';
import type { FormContent } from './clientContent';
import { fillMessage } from '~/ui/template';

// Above the form for a returning reader: their saved results, one button away.

interface Props {
  /** Oldest first; never empty. */
  attempts: readonly SavedAttempt[];
  onShow: () => void;
  words: Pick<FormContent['form'], 'savedOne' | 'savedMany' | 'showSaved'>;
  locale: string;
}

export function SavedResultsBanner({ attempts, onShow, words, locale }: Props) {
  const latest = formatCompletedAt(attempts[attempts.length - 1].completedAt, locale);
  return (
    <div class="sa-saved needs-js">
      <p>
        {attempts.length === 1 ? fillMessage(words.savedOne, { when: latest }) : fillMessage(words.savedMany, { count: attempts.length, when: latest })}
      </p>
      <button type="button" class="control" onClick={onShow}>
        {words.showSaved}
      </button>
    </div>
  );
}
