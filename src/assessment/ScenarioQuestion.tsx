import { useState } from 'preact/hooks';
import type { FormContent } from './clientContent';
import type { QuadrantId } from '~/plot/quadrants';
import { questionId } from './ids';
import { optionLetter } from './letters';
import { fillMessage } from '~/ui/template';

// One scenario: the situation, its responses as native radio buttons, and once
// the reader has chosen, a disclosure that says where each response pushes the
// learner and which fits the model best.

interface Props {
  scenario: FormContent['scenarios'][number];
  number: number;
  choice: string | undefined;
  quadrantNames: Readonly<Record<QuadrantId, string>>;
  words: Pick<FormContent['form'], 'scenarioNumber' | 'showFeedback' | 'hideFeedback' | 'pushesToward' | 'bestFit' | 'yourChoice'>;
  error?: string;
  onChoose?: (scenarioId: string, optionId: string) => void;
}

export function ScenarioQuestion({ scenario, number, choice, quadrantNames, words, error, onChoose }: Props) {
  const [open, setOpen] = useState(false);
  const id = questionId('scenario', scenario.id);
  const chosen = scenario.options.find((option) => option.id === choice);
  return (
    <fieldset class={`sa-question sa-scenario${error ? ' sa-has-error' : ''}`} id={id} aria-describedby={error ? `${id}-situation ${id}-error` : `${id}-situation`}>
      <legend>
        <span class="sa-number">{fillMessage(words.scenarioNumber, { number })}</span> {scenario.title}
      </legend>
      <p class="sa-situation" id={`${id}-situation`}>
        {scenario.situation}
      </p>
      {error && (
        <p class="sa-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div class="sa-responses">
        {scenario.options.map((option, index) => (
          <label key={option.id} class="sa-choice sa-response">
            <input
              type="radio"
              name={id}
              value={option.id}
              checked={choice === option.id}
              onChange={() => onChoose?.(scenario.id, option.id)}
            />
            <span>
              <span class="sa-letter">{`${optionLetter(index)}.`}</span> {option.text}
            </span>
          </label>
        ))}
      </div>
      {chosen && (
        <div class="sa-feedback">
          <button type="button" class="control" aria-expanded={open ? 'true' : 'false'} aria-controls={`${id}-feedback`} onClick={() => setOpen(!open)}>
            {open ? words.hideFeedback : words.showFeedback}
          </button>
          <div id={`${id}-feedback`} hidden={!open}>
            <ul class="sa-feedback-list">
              {scenario.options.map((option, index) => (
                <li key={option.id} class={option.best ? 'sa-best' : undefined}>
                  <p>
                    <strong>{fillMessage(words.pushesToward, { letter: optionLetter(index), quadrant: quadrantNames[option.quadrant] })}</strong>
                    {option.best && <strong class="sa-tag">{words.bestFit}</strong>}
                    {option.id === choice && <strong class="sa-tag sa-tag-choice">{words.yourChoice}</strong>}
                  </p>
                  <p>{option.feedback}</p>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </fieldset>
  );
}
