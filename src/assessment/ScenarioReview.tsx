import type { ResultContent } from './clientContent';
import type { QuadrantId } from '~/plot/quadrants';
import type { Choices } from './scoring';
import { optionLetter } from './letters';
import { fillMessage } from '~/ui/template';

// The scenarios as the reader answered them: where their choice pushes the
// learner, and the best-fitting response with why. Only right after an attempt:
// saved attempts keep the count, not the choices.

interface Props {
  scenarios: ResultContent['scenarios'];
  choices: Choices;
  quadrantNames: Readonly<Record<QuadrantId, string>>;
  words: Pick<ResultContent['results'], 'choseBest' | 'choseOther'>;
}

export function ScenarioReview({ scenarios, choices, quadrantNames, words }: Props) {
  return (
    <ul class="sa-lines sa-scenario-review">
      {scenarios.map((scenario) => {
        const index = scenario.options.findIndex((option) => option.id === choices[scenario.id]);
        const chosen = scenario.options[index];
        const bestIndex = scenario.options.findIndex((option) => option.best);
        const best = scenario.options[bestIndex];
        if (!chosen || !best) return null;
        return (
          <li key={scenario.id} class={chosen.best ? 'sa-strength' : 'sa-to-try'}>
            <p>
              <strong>{`${scenario.title}.`}</strong>{' '}
              {chosen.best
                ? fillMessage(words.choseBest, { letter: optionLetter(index), feedback: best.feedback })
                : fillMessage(words.choseOther, {
                    letter: optionLetter(index),
                    quadrant: quadrantNames[chosen.quadrant],
                    feedback: chosen.feedback,
                    bestLetter: optionLetter(bestIndex),
                    bestFeedback: best.feedback,
                  })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
