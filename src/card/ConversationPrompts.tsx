import { useEffect, useRef, useState } from 'preact/hooks';
import { useSettledMark } from '~/ui/useSettledMark';
import { chooseStage, currentPrompt, promptPosition, showAnother, startRotation, type Rotation } from './promptRotation';
import type { CardStage } from './conversationCard.schema';

// The conversation card's questions (an island). The server renders every
// question as a list per stage, which is what readers without JavaScript get.
// Once it runs, the reader picks the learner's stage (radio buttons: arrow keys
// move between them) and sees one question at a time, with "Show another
// question"; each new question is announced politely. The lists stay in the page
// for printing, where only the first `printPrompts` of each stage print.

export interface ConversationPromptsProps {
  stages: CardStage[];
  words: { stageLegend: string; showAnother: string; position: string };
  printPrompts: number;
}

export function ConversationPrompts({ stages, words, printPrompts }: ConversationPromptsProps) {
  const [ready, setReady] = useState(false);
  const [rotation, setRotation] = useState<Rotation>(() => startRotation(stages.map((stage) => stage.id)));
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => setReady(true), []);
  useSettledMark(rootRef, ready);

  const stage = stages.find((entry) => entry.id === rotation.stage) ?? stages[0];
  const index = currentPrompt(rotation);
  const position = promptPosition(words.position, index, stage.prompts.length, stage.plural);

  /** Moves to a new rotation and announces the question it shows. */
  function show(next: Rotation) {
    setRotation(next);
    const nextStage = stages.find((entry) => entry.id === next.stage) ?? stages[0];
    const nextIndex = currentPrompt(next);
    const where = promptPosition(words.position, nextIndex, nextStage.prompts.length, nextStage.plural);
    setAnnouncement(`${where}: ${nextStage.prompts[nextIndex]}`);
  }

  return (
    <div ref={rootRef} class={ready ? 'card-prompts is-ready' : 'card-prompts'}>
      {ready && (
        <div class="card-rotator no-print">
          <fieldset class="card-stages">
            <legend>{words.stageLegend}</legend>
            {stages.map((entry) => (
              <label key={entry.id} class="card-stage">
                <input
                  type="radio"
                  name="card-stage"
                  value={entry.id}
                  checked={entry.id === rotation.stage}
                  onChange={() => show(chooseStage(rotation, entry.id))}
                />
                {entry.label}
              </label>
            ))}
          </fieldset>
          <div class="card-question">
            <p class="card-question-text">{stage.prompts[index]}</p>
            <p class="card-position">{position}</p>
          </div>
          <button type="button" class="card-another" onClick={() => show(showAnother(rotation, stage.prompts.length))}>
            {words.showAnother}
          </button>
          <p class="visually-hidden" aria-live="polite" data-testid="card-announcement">
            {announcement}
          </p>
        </div>
      )}
      <div class="card-prompt-lists">
        {stages.map((entry) => (
          <section key={entry.id} class="card-prompt-list" aria-labelledby={`card-prompts-${entry.id}`}>
            <h3 id={`card-prompts-${entry.id}`}>{entry.label}</h3>
            <ul>
              {entry.prompts.map((prompt, promptIndex) => (
                <li key={promptIndex} class={promptIndex >= printPrompts ? 'card-print-extra' : undefined}>
                  {prompt}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
