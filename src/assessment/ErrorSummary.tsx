import type { Ref } from 'preact';
import type { Unanswered } from './answers';
import { questionId } from './ids';
import type { FormContent } from './clientContent';
import { fillMessage } from '~/ui/template';

// The list of questions still unanswered, shown above the form when the reader
// asks for results too early. It takes focus, so a screen reader reads it out;
// each link moves focus to the question's first answer.

interface Props {
  missing: readonly Unanswered[];
  summaryRef: Ref<HTMLDivElement>;
  words: Pick<FormContent['form'], 'missingOne' | 'missingMany'>;
}

function focusQuestion(event: MouseEvent, id: string) {
  const fieldset = document.getElementById(id);
  const input = fieldset?.querySelector<HTMLInputElement>('input:checked, input');
  if (!fieldset || !input) return;
  event.preventDefault();
  // The legend scrolls into view with the answer, so the question is read with it;
  // if a long legend on a short screen leaves the answer off screen, the answer
  // wins (the page's scroll padding keeps it clear of the footer). Instant, not
  // smooth: a second smooth scroll would cancel the first.
  fieldset.scrollIntoView({ block: 'start', behavior: 'instant' });
  input.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  input.focus({ preventScroll: true });
}

export function ErrorSummary({ missing, summaryRef, words }: Props) {
  const heading = missing.length === 1 ? words.missingOne : fillMessage(words.missingMany, { count: missing.length });
  return (
    <div class="sa-error-summary" ref={summaryRef} tabindex={-1} role="group" aria-labelledby="sa-error-summary-heading">
      <h2 id="sa-error-summary-heading">{heading}</h2>
      <ul>
        {missing.map((question) => {
          const id = questionId(question.kind, question.id);
          return (
            <li key={id}>
              <a href={`#${id}`} onClick={(event) => focusQuestion(event, id)}>
                {question.label}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
