import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { CopyButton } from '~/ui/CopyButton';
import { useLiveMessage } from '~/ui/useLiveMessage';
import { useSettledMark } from '~/ui/useSettledMark';
import { fillMessage } from '~/ui/template';
import { encodeAnswers } from './returnLink';
import { answersFromForm, answerName } from './learnerAnswers';
import type { FeedbackStatement, LearnerWords } from './feedback.schema';
import './feedback.css';

// The learner's form (/feedback/learner/): a statement a fieldset, five answers
// each. "Make my link" puts the answers into the return link's fragment, which
// the learner sends to the mentor. This island keeps nothing: no storage, no
// request. The radios are the form's only state (read when the link is made),
// so choices made before the island loaded count too. Without JavaScript the
// statements can be read, and the form cannot be sent anywhere (method="dialog"
// outside a dialog does nothing).

export interface LearnerFormProps {
  statements: Pick<FeedbackStatement, 'id' | 'text'>[];
  /** The five answers' words, lowest first. */
  answers: string[];
  /** The question set's id (questionSetId of the statements' ids), made at build time. */
  setId: string;
  /** The mentor's page, from the site root: "/feedback/" (with the base path). */
  returnPath: string;
  words: LearnerWords;
}

export function LearnerForm({ statements, answers, setId, returnPath, words }: LearnerFormProps) {
  const [link, setLink] = useState<string | null>(null);
  const [unanswered, setUnanswered] = useState<string[]>([]);
  const [focusLink, setFocusLink] = useState(false);
  const [message, announce] = useLiveMessage();
  const rootRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const linkHeadingRef = useRef<HTMLHeadingElement>(null);

  const make = (event: TargetedEvent<HTMLFormElement, Event>) => {
    event.preventDefault();
    const read = answersFromForm(new FormData(event.currentTarget), statements);
    if (!read.ok) {
      setLink(null);
      setUnanswered(read.missing);
      // The first statement left: its first answer takes focus, and the message says how many remain.
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${answerName(read.missing[0])}"]`)?.focus();
      return;
    }
    setUnanswered([]);
    setLink(`${new URL(returnPath, window.location.href).href}#${encodeAnswers(read.answers, setId)}`);
    setFocusLink(true);
  };

  // Any change after the link was made makes it stale: it goes, to be made again.
  const changed = () => {
    if (link !== null) setLink(null);
    if (unanswered.length > 0) setUnanswered(unanswered.filter((id) => !answersFromForm(new FormData(formRef.current!), [{ id }]).ok));
  };

  useLayoutEffect(() => {
    if (!focusLink || link === null) return;
    linkHeadingRef.current?.focus();
    setFocusLink(false);
  }, [focusLink, link]);

  useSettledMark(rootRef, true);

  const error = unanswered.length ? fillMessage(words.unanswered, { count: unanswered.length }) : '';
  return (
    <div ref={rootRef} class="fb-learner">
      <form ref={formRef} method="dialog" class="fb-form" noValidate onSubmit={make} onChange={changed}>
        {statements.map((statement, index) => (
          <fieldset
            key={statement.id}
            class={`fb-statement${unanswered.includes(statement.id) ? ' is-missing' : ''}`}
            aria-describedby={unanswered.includes(statement.id) ? 'fb-error' : undefined}
          >
            <legend>
              <span class="fb-number">{`${index + 1}.`}</span> {statement.text}
            </legend>
            <div class="fb-answers">
              {answers.map((answer, value) => (
                <label key={answer} class="fb-answer">
                  <input type="radio" name={answerName(statement.id)} value={value + 1} />
                  <span>{answer}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p id="fb-error" class="fb-error" role="alert">
          {error}
        </p>
        <p class="no-js-only">{words.needsJavaScript}</p>
        <button type="submit" class="control fb-make needs-js">
          {words.make}
        </button>
      </form>
      {link !== null && (
        <section class="fb-return" aria-labelledby="fb-return-heading">
          <h2 id="fb-return-heading" ref={linkHeadingRef} tabIndex={-1}>
            {words.returnHeading}
          </h2>
          <p>{words.returnIntro}</p>
          {/* Text, not a link: opened here, it would show the mentor's page in the learner's browser. */}
          <p class="fb-link">
            <code>{link}</code>
          </p>
          <p class="fb-link-actions">
            <CopyButton words={words.copyReturn} text={() => link} announce={announce} />
            <a class="control" href={`mailto:?subject=${encodeURIComponent(words.emailSubject)}&body=${encodeURIComponent(fillMessage(words.emailBody, { link }))}`}>
              {words.email}
            </a>
          </p>
        </section>
      )}
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
