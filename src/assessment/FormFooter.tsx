// The end of the form: how far along the reader is, and the button for results.
// It stays in view at the bottom of the screen while the reader answers.

import type { FormContent } from './clientContent';
import { fillMessage } from '~/ui/template';

interface Props {
  answered: number;
  total: number;
  /** Before the island runs, the button cannot work, so it shows disabled. */
  ready: boolean;
  words: Pick<FormContent['form'], 'progress' | 'submit'>;
}

export function FormFooter({ answered, total, ready, words }: Props) {
  return (
    <div class="sa-footer needs-js">
      <p class="sa-progress">
        <label for="sa-progress-bar">{fillMessage(words.progress, { answered, total })}</label>
        <progress id="sa-progress-bar" max={total} value={answered} />
      </p>
      <button type="submit" class="control sa-primary" disabled={!ready}>
        {words.submit}
      </button>
    </div>
  );
}
