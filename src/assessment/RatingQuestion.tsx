import type { FormContent } from './clientContent';
import { questionId } from './ids';

// One statement with its frequency answers: a fieldset of native radio buttons,
// so arrow keys, screen readers and paper all work as they expect.

interface Props {
  item: Pick<FormContent['items'][number], 'id' | 'text'>;
  number: number;
  frequency: readonly string[];
  answer: number | undefined;
  error?: string;
  onAnswer?: (itemId: string, answer: number) => void;
}

export function RatingQuestion({ item, number, frequency, answer, error, onAnswer }: Props) {
  const id = questionId('item', item.id);
  return (
    <fieldset class={`sa-question${error ? ' sa-has-error' : ''}`} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        <span class="sa-number">{`${number}.`}</span> {item.text}
      </legend>
      {error && (
        <p class="sa-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div class="sa-scale">
        {frequency.map((label, index) => (
          <label key={label} class="sa-choice">
            <input
              type="radio"
              name={id}
              value={String(index)}
              checked={answer === index}
              onChange={() => onAnswer?.(item.id, index)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
