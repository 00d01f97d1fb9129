import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SelfAssessment } from '../../schemas/selfAssessment';
import type { Quadrant } from '../../schemas/quadrant';
import type { QuadrantId } from '../../lib/quadrants';
import { answersThatFit, progress, unanswered } from '../../lib/assessment/answers';
import { bestFitCount, isAnswer, scaleShares, type Answers, type Choices } from '../../lib/assessment/scoring';
import { openStore, type AssessmentStore, type SavedAttempt, type StoreNotice } from '../../lib/assessment/storage';
import { formatCompletedAt } from '../../lib/assessment/history';
import { AssessmentForm } from './AssessmentForm';
import { FormFooter } from './FormFooter';
import { Results } from './Results';
import { StoreNotices } from './StoreNotices';
import { FORM_HEADING_ID, QUIZ_ID, RESULTS_HEADING_ID, questionId } from './ids';
import './assessment.css';

// The self-assessment (an island on /self-assessment/). It owns the state: the
// answers in progress, the saved attempts and which view shows. Scoring,
// checking and storage are pure functions in src/lib/assessment/.

export interface SelfAssessmentQuizProps {
  content: SelfAssessment;
  quadrants: Quadrant[];
}

type View = 'form' | 'results';
type FocusTarget = 'summary' | 'results' | 'form' | null;

/** An id for a new attempt; crypto.randomUUID is missing on insecure origins (a hospital intranet over http). */
function newAttemptId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Answers already ticked before the island ran (a quick reader on a slow phone), so none is lost. */
function answersInForm(form: HTMLFormElement | null, content: SelfAssessment): { answers: Record<string, number>; choices: Record<string, string> } {
  const answers: Record<string, number> = {};
  const choices: Record<string, string> = {};
  if (!form) return { answers, choices };
  const data = new FormData(form);
  for (const item of content.items) {
    const value = Number(data.get(questionId('item', item.id)));
    if (data.has(questionId('item', item.id)) && isAnswer(value, content.frequency.length)) answers[item.id] = value;
  }
  for (const scenario of content.scenarios) {
    const value = data.get(questionId('scenario', scenario.id));
    if (typeof value === 'string') choices[scenario.id] = value;
  }
  return { answers, choices };
}

export function SelfAssessmentQuiz({ content, quadrants }: SelfAssessmentQuizProps) {
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [choices, setChoices] = useState<Choices>({});
  const [attempts, setAttempts] = useState<SavedAttempt[]>([]);
  const [view, setView] = useState<View>('form');
  const [showErrors, setShowErrors] = useState(false);
  const [notices, setNotices] = useState<StoreNotice[]>([]);
  const [lastChoices, setLastChoices] = useState<Choices | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const store = useRef<AssessmentStore | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const quadrantNames = useMemo(
    () => Object.fromEntries(quadrants.map((quadrant) => [quadrant.id, quadrant.name])) as Record<QuadrantId, string>,
    [quadrants],
  );

  const addNotice = (notice: StoreNotice | null) => {
    if (notice) setNotices((previous) => (previous.includes(notice) ? previous : [...previous, notice]));
  };

  // Once the island runs: open the browser's storage, read saved results and
  // answers in progress, and keep anything ticked before now.
  useEffect(() => {
    const opened = openStore(() => window.localStorage);
    store.current = opened;
    const saved = opened.loadAttempts();
    const draft = opened.loadDraft();
    const ticked = answersInForm(formRef.current, content);
    const restored = answersThatFit(
      content,
      { ...draft.draft?.answers, ...ticked.answers },
      { ...draft.draft?.choices, ...ticked.choices },
    );
    setAttempts(saved.attempts);
    setAnswers(restored.answers);
    setChoices(restored.choices);
    setNotices([saved.notice, draft.notice].filter((notice): notice is StoreNotice => notice !== null));
    setReady(true);
  }, [content]);

  // Move focus where the reader's attention should go after a change of view.
  useEffect(() => {
    if (focusTarget === 'summary') summaryRef.current?.focus();
    if (focusTarget === 'results' || focusTarget === 'form') {
      const heading = document.getElementById(focusTarget === 'results' ? RESULTS_HEADING_ID : FORM_HEADING_ID);
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    }
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  // A live region only speaks when its text changes: a no-break space lets the same words be heard again.
  const announce = (message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  const saveDraft = (nextAnswers: Answers, nextChoices: Choices) => {
    addNotice(store.current?.saveDraft({ answers: { ...nextAnswers }, choices: { ...nextChoices } }) ?? null);
  };
  const onAnswer = (itemId: string, answer: number) => {
    const next = { ...answers, [itemId]: answer };
    setAnswers(next);
    saveDraft(next, choices);
  };
  const onChoose = (scenarioId: string, optionId: string) => {
    const next = { ...choices, [scenarioId]: optionId };
    setChoices(next);
    saveDraft(answers, next);
  };

  const saveAttempts = (next: SavedAttempt[]) => {
    setAttempts(next);
    addNotice(store.current?.saveAttempts(next) ?? null);
  };

  const onSubmit = () => {
    if (unanswered(content, answers, choices).length > 0) {
      setShowErrors(true);
      setFocusTarget('summary');
      return;
    }
    const shares = Object.fromEntries(
      Object.entries(scaleShares(content, answers)).filter((entry): entry is [string, number] => entry[1] !== null),
    );
    const attempt: SavedAttempt = {
      id: newAttemptId(),
      completedAt: new Date().toISOString(),
      shares,
      scenarios: bestFitCount(content.scenarios, choices),
    };
    saveAttempts([...attempts, attempt]);
    store.current?.clearDraft();
    setLastChoices(choices);
    setAnswers({});
    setChoices({});
    setShowErrors(false);
    setView('results');
    setFocusTarget('results');
  };

  const onDelete = (id: string) => {
    const deleted = attempts.find((attempt) => attempt.id === id);
    const next = attempts.filter((attempt) => attempt.id !== id);
    // The scenario review belongs to the latest attempt; it goes if that one does.
    if (attempts.at(-1)?.id === id) setLastChoices(null);
    saveAttempts(next);
    announce(deleted ? `Deleted the result from ${formatCompletedAt(deleted.completedAt)}.` : '');
    if (next.length === 0) {
      setView('form');
      setFocusTarget('form');
    } else {
      setFocusTarget('results');
    }
  };

  const onDeleteAll = () => {
    saveAttempts([]);
    setLastChoices(null);
    announce('Deleted all your saved results.');
    setView('form');
    setFocusTarget('form');
  };

  const onRetake = () => {
    setView('form');
    setFocusTarget('form');
  };

  const missing = showErrors ? unanswered(content, answers, choices) : [];
  const { answered, total } = progress(content, answers, choices);
  const latest = attempts.at(-1);

  return (
    // Search skips the quiz: its words are questions, not guide content.
    <div id={QUIZ_ID} class="sa-root" ref={rootRef} data-pagefind-ignore="all">
      <StoreNotices notices={notices} words={content.notices} />
      {view === 'results' && attempts.length > 0 ? (
        <Results
          content={content}
          quadrants={quadrants}
          quadrantNames={quadrantNames}
          attempts={attempts}
          lastChoices={lastChoices}
          announce={announce}
          onDelete={onDelete}
          onDeleteAll={onDeleteAll}
          onRetake={onRetake}
        />
      ) : (
        <>
          {latest && (
            <div class="sa-saved needs-js">
              <p>
                {attempts.length === 1
                  ? `You have a saved result from ${formatCompletedAt(latest.completedAt)}.`
                  : `You have ${attempts.length} saved results; the latest is from ${formatCompletedAt(latest.completedAt)}.`}
              </p>
              <button
                type="button"
                class="control"
                onClick={() => {
                  setView('results');
                  setFocusTarget('results');
                }}
              >
                See your results
              </button>
            </div>
          )}
          <AssessmentForm
            content={content}
            quadrantNames={quadrantNames}
            answers={answers}
            choices={choices}
            missing={missing}
            summaryRef={summaryRef}
            formRef={formRef}
            onAnswer={onAnswer}
            onChoose={onChoose}
            onSubmit={onSubmit}
            footer={<FormFooter answered={answered} total={total} ready={ready} />}
          />
        </>
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
