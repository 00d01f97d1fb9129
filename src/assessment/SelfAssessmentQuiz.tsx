import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { resultContent, type FormContent } from './clientContent';
import { islandContent } from './islandContent';
import { tickedAnswers } from './formMarkup';
import { answersThatFit, progress, unanswered } from './answers';
import type { Answers, Choices } from './scoring';
import { completedAttempt } from './attempt';
import { formatCompletedAt } from './history';
import { AssessmentForm } from './AssessmentForm';
import { FormFooter } from './FormFooter';
import { SavedResultsBanner } from './SavedResultsBanner';
import { StoreNotices } from './StoreNotices';
import { useAssessmentStore } from './useAssessmentStore';
import { useResultsModule } from './useResultsModule';
import { FORM_HEADING_ID, HISTORY_HEADING_ID, QUIZ_ID, RESULTS_HEADING_ID } from './ids';
import { fillMessage } from '~/ui/template';
import { useSettledMark } from '~/ui/useSettledMark';
import './assessment.css';

// The self-assessment (an island on /self-assessment/). It owns the answers in
// progress and which view shows; saved results come from useAssessmentStore,
// and the results view with its words and styles loads once the reader starts
// (useResultsModule). Scoring, checking and storage are pure functions beside
// it in src/assessment/.

export interface SelfAssessmentQuizProps {
  /**
   * The form's content, for the server render only: Astro does not send a
   * function to the browser, so the words reach the page once, in the form's
   * markup, which the island reads back (with the key from its script).
   */
  serverContent?: (() => FormContent) | null;
  /** The page's title, which heads the copied summary. */
  title: string;
}

type View = 'form' | 'results';
type FocusTarget = 'summary' | 'results' | 'form' | 'history' | null;

const FOCUS_IDS = { results: RESULTS_HEADING_ID, form: FORM_HEADING_ID, history: HISTORY_HEADING_ID } as const;

export function SelfAssessmentQuiz({ serverContent, title }: SelfAssessmentQuizProps) {
  const [content] = useState(() => serverContent?.() ?? islandContent());
  const saved = useAssessmentStore();
  const [answers, setAnswers] = useState<Answers>({});
  const [choices, setChoices] = useState<Choices>({});
  const [restored, setRestored] = useState(false);
  const [view, setView] = useState<View>('form');
  const [showErrors, setShowErrors] = useState(false);
  // The scenario choices of the attempt just completed, with its id: the review
  // shows only while that attempt is the latest (another tab may add a later one).
  const [lastChoices, setLastChoices] = useState<{ id: string; choices: Choices } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const ticked = useRef<ReturnType<typeof tickedAnswers> | null>(null);
  // Set when complete answers wait for the results view to load.
  const [submitting, setSubmitting] = useState(false);
  // The results view could not load. Loaded ahead of need (on an answer), it is
  // tried again when needed; needed, the answers and saved results stay as they were.
  const results = useResultsModule(() => {
    if (!submitting && view !== 'results') return;
    setSubmitting(false);
    setView('form');
    setFocusTarget(null);
    announce(content.announcements.resultsFailed);
  });

  // Answers ticked before the island ran, read before anything re-renders: the
  // first render after hydration sets every radio from state and would untick them.
  useLayoutEffect(() => {
    ticked.current = tickedAnswers(formRef.current, content);
  }, []);

  // Once storage has been read: answers in progress from an earlier visit, plus
  // anything ticked before the island ran (which wins: it is the newer).
  useEffect(() => {
    if (!saved.ready || restored) return;
    const fitting = answersThatFit(
      content,
      { ...saved.draft?.answers, ...ticked.current?.answers },
      { ...saved.draft?.choices, ...ticked.current?.choices },
    );
    setAnswers(fitting.answers);
    setChoices(fitting.choices);
    setRestored(true);
  }, [saved.ready, saved.draft, restored, content]);

  // Keep answers in progress, so a reload or a lost signal does not lose them.
  useEffect(() => {
    if (!restored) return;
    if (Object.keys(answers).length === 0 && Object.keys(choices).length === 0) saved.clearDraft();
    else saved.saveDraft({ answers: { ...answers }, choices: { ...choices } });
  }, [answers, choices, restored]);

  // Saved results deleted in another tab while they were showing: back to the
  // form, with focus and a word of explanation (deleting here already does both).
  useEffect(() => {
    if (view !== 'results' || saved.attempts.length > 0) return;
    announce(content.announcements.deletedElsewhere);
    show('form');
  }, [view, saved.attempts.length]);

  // Move focus where the reader's attention should go after a change of view
  // (the results' heading once the results view has loaded). A layout effect:
  // it acts as the render that shows the target is committed, before a later
  // click or key can change the view again.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget === 'summary' ? summaryRef.current : document.getElementById(FOCUS_IDS[focusTarget]);
    if (!target) return;
    // Scrolled to its top: focus alone would show only the end of a long error summary.
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
    setFocusTarget(null);
  }, [focusTarget, results.module]);

  // Complete answers that waited for the results view: saved now that it can show them.
  useEffect(() => {
    if (submitting && results.module) complete();
  }, [submitting, results.module]);

  // Last of the hooks: the mark follows every other effect of the render that
  // restored the answers and enabled the form.
  useSettledMark(rootRef, restored);

  // A live region only speaks when its text changes: a no-break space lets the same words be heard again.
  const announce = (message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  // Functional updates: several changes can arrive before the next render.
  // The first answer asks for the results view, so it is there by the end.
  const onAnswer = (itemId: string, answer: number) => {
    results.load();
    setAnswers((previous) => ({ ...previous, [itemId]: answer }));
  };
  const onChoose = (scenarioId: string, optionId: string) => {
    results.load();
    setChoices((previous) => ({ ...previous, [scenarioId]: optionId }));
  };

  const onSubmit = () => {
    if (unanswered(content, answers, choices).length > 0) {
      setShowErrors(true);
      setFocusTarget('summary');
      return;
    }
    if (results.module) complete();
    else {
      results.load();
      setSubmitting(true);
    }
  };

  /** Saves the complete answers as an attempt and shows its results. */
  const complete = () => {
    setSubmitting(false);
    const attempt = completedAttempt(content, answers, choices);
    // Kept only if saved (or held for this visit); otherwise the answers stay, and the notice says why.
    if (!saved.addAttempt(attempt)) return;
    setLastChoices({ id: attempt.id, choices });
    setAnswers({});
    setChoices({});
    setShowErrors(false);
    show('results');
  };

  const onDelete = (id: string) => {
    const deleted = saved.attempts.find((attempt) => attempt.id === id);
    saved.deleteAttempt(id);
    if (deleted) announce(fillMessage(content.announcements.deletedOne, { when: formatCompletedAt(deleted.completedAt, content.locale) }));
    if (saved.attempts.length > 1) setFocusTarget('history');
    else show('form');
  };

  const onDeleteAll = () => {
    saved.deleteAll();
    setLastChoices(null);
    announce(content.announcements.deletedAll);
    show('form');
  };

  const openResults = () => {
    results.load();
    show('results');
  };

  /** Switches view and takes focus to its heading. */
  const show = (next: View) => {
    setView(next);
    setFocusTarget(next);
  };

  const missing = showErrors ? unanswered(content, answers, choices) : [];
  const { answered, total } = progress(content, answers, choices);

  return (
    // Search skips the quiz: its words are questions, not guide content.
    <div ref={rootRef} id={QUIZ_ID} class="sa-root" data-pagefind-ignore="all">
      <StoreNotices notices={saved.notices} words={content.notices} />
      {view === 'results' && saved.attempts.length > 0 && results.module ? (
        <results.module.Results
          content={resultContent(content, results.module.words)}
          quadrants={results.module.words.quadrants}
          quadrantNames={content.quadrantNames}
          attempts={saved.attempts}
          lastChoices={lastChoices}
          title={title}
          announce={announce}
          onDelete={onDelete}
          onDeleteAll={onDeleteAll}
          onRetake={() => show('form')}
        />
      ) : (
        <>
          {saved.attempts.length > 0 && <SavedResultsBanner attempts={saved.attempts} onShow={openResults} words={content.form} locale={content.locale} />}
          <AssessmentForm
            content={content}
            answers={answers}
            choices={choices}
            missing={missing}
            summaryRef={summaryRef}
            formRef={formRef}
            onAnswer={onAnswer}
            onChoose={onChoose}
            onSubmit={onSubmit}
            footer={<FormFooter answered={answered} total={total} ready={restored} words={content.form} />}
          />
        </>
      )}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
