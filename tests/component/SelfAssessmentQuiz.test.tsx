import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'preact-render-to-string';
import { SelfAssessmentQuiz } from '~/assessment/SelfAssessmentQuiz';
import { quadrantNames } from '~/plot/quadrants';
import { selfAssessmentSchema } from '~/assessment/selfAssessment.schema';
import { formatCompletedAt } from '~/assessment/history';
import {
  assessment,
  confirmationAnswers,
  confirmationShares,
  earlierAttempts,
  FREQUENCY,
  locale,
  quadrants,
  sectionLink,
} from './assessmentFixtures';

// The self-assessment island in jsdom, answered and submitted as a reader
// would: by keyboard, by clicking, with storage that works, is full, is
// blocked or holds something unreadable. The island starts as on the page:
// its server render first (with the content), then hydrated with only what
// Astro sends the browser, so it reads its words back from that markup.

// jsdom loads no stylesheets, so the results view's would never say they have loaded.
vi.mock('~/assessment/stylesheet', () => ({ applyStylesheet: () => Promise.resolve() }));

// jsdom has no layout, so no scrolling either.
Element.prototype.scrollIntoView = () => {};
// jsdom has no CSS.escape, which user-event needs to find a radio's group for the arrow keys.
// Our names are letters, digits and hyphens, so escaping anything else is enough.
// (user-event asks the document's own window, which vitest's global only mirrors.)
const documentWindow = document.defaultView as Window & { CSS?: { escape?: unknown } };
if (typeof documentWindow.CSS?.escape !== 'function') {
  Object.defineProperty(documentWindow, 'CSS', {
    configurable: true,
    value: { escape: (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`) },
  });
}

const ATTEMPTS_KEY = 'mentoring-self-assessment';
const DRAFT_KEY = 'mentoring-self-assessment-draft';
const SET_ASIDE_PREFIX = 'mentoring-self-assessment-set-aside-';

type User = ReturnType<typeof userEvent.setup>;
type Pattern = { answers: Readonly<Record<string, string>>; choices: Readonly<Record<string, string>> };

const TITLE = 'How do I mentor?';
const serverContent = () => ({ ...assessment, quadrantNames: quadrantNames(quadrants), sectionLink, locale });
/** The server's markup in an <astro-island> stand-in, hydrated as the browser would (functions are not sent: no content). */
const renderQuiz = () => {
  const island = document.body.appendChild(document.createElement('div'));
  island.innerHTML = renderToString(<SelfAssessmentQuiz serverContent={serverContent} title={TITLE} />);
  // render() hydrates with this option (@testing-library/preact's pure.mjs); its types leave it out.
  const options = { container: island, hydrate: true } as Parameters<typeof render>[1];
  return render(<SelfAssessmentQuiz serverContent={null} title={TITLE} />, options);
};

/** A statement's or a scenario's fieldset, by the id the error summary links to. */
const question = (kind: 'item' | 'scenario', id: string) => {
  const fieldset = document.getElementById(`sa-${kind}-${id}`);
  if (!(fieldset instanceof HTMLFieldSetElement)) throw new Error(`No fieldset for ${kind} ${id}`);
  return fieldset;
};
const radio = (kind: 'item' | 'scenario', id: string, label: string) =>
  (kind === 'item'
    ? within(question(kind, id)).getByRole('radio', { name: label })
    : within(question(kind, id)).getByLabelText(label, { exact: false })) as HTMLInputElement;
const checkedValue = (kind: 'item' | 'scenario', id: string) =>
  within(question(kind, id))
    .getAllByRole('radio')
    .find((input) => (input as HTMLInputElement).checked)
    ?.getAttribute('value') ?? null;
const describedBy = (element: Element) => (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
const submitButton = () => screen.getByRole('button', { name: 'See my results' }) as HTMLButtonElement;
const progressText = () => (screen.getByRole('progressbar') as HTMLProgressElement).labels[0]?.textContent;
const resultsHeading = () => screen.getByRole('heading', { name: 'Your results', level: 2 });
const formHeading = () => screen.getByRole('heading', { name: assessment.ratingsHeading, level: 2 });
const errorSummary = () => screen.getByRole('heading', { name: /still needs? an answer$/ }).parentElement as HTMLElement;
/** The region that shows storage problems (the other status region announces actions). */
const noticeRegion = () => screen.getAllByRole('status').find((element) => element.classList.contains('sa-notices'))!;
const announcer = () => screen.getAllByRole('status').find((element) => !element.classList.contains('sa-notices'))!;
const notices = () => Array.from(noticeRegion().querySelectorAll('p'), (p) => p.textContent);
/** A paragraph whose whole text is exactly this. */
const paragraph = (text: string) => screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text);
/** Paragraphs whose text starts with this. */
const paragraphsStarting = (prefix: string) =>
  screen.queryAllByText((_, element) => element?.tagName === 'P' && (element.textContent ?? '').startsWith(prefix));
const historyRows = () =>
  Array.from((screen.getByRole('table') as HTMLTableElement).tBodies[0].rows, (row) =>
    Array.from(row.cells, (cell) => cell.textContent),
  );
/** Focus moves in an effect after the render, as it does in a browser after a frame. */
const expectFocus = (target: () => Element) => vi.waitFor(() => expect(document.activeElement).toBe(target()));
const storedAttempts = () => JSON.parse(localStorage.getItem(ATTEMPTS_KEY) ?? 'null');
const setAsideKeys = () =>
  Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)!).filter((key) => key.startsWith(SET_ASIDE_PREFIX));

async function answerAll(user: User, pattern: Pattern = confirmationAnswers) {
  for (const [id, label] of Object.entries(pattern.answers)) await user.click(radio('item', id, label));
  for (const [id, text] of Object.entries(pattern.choices)) await user.click(radio('scenario', id, text));
}

async function completeQuiz(user: User) {
  await answerAll(user);
  await user.click(submitButton());
  // Wait for the results to take focus, as a reader would before the next step.
  await expectFocus(() => resultsHeading());
}

/** Makes every access to window.localStorage throw, as a browser with storage blocked does. */
let restoreStorage: (() => void) | null = null;
function blockStorage() {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  restoreStorage = () => Object.defineProperty(window, 'localStorage', original);
}

beforeEach(() => {
  localStorage.clear();
  document.title = 'How do I mentor? · Informal mentoring';
});
afterEach(() => {
  cleanup();
  restoreStorage?.();
  restoreStorage = null;
  vi.restoreAllMocks();
});

describe('the self-assessment form', () => {
  it('uses a fixture that is valid content', () => {
    expect(selfAssessmentSchema.safeParse(assessment).success).toBe(true);
  });

  it('shows each statement and scenario as a fieldset with a legend and native radios', () => {
    renderQuiz();
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      "1. I listen to the learner's worries.",
      '2. I give the learner a task just beyond them.',
      '3. I ask where the learner wants to go.',
      '4. I take over when the learner is slow.',
      'Scenario 1. The late learner',
      'Scenario 2. The wrong dose',
    ]);
    expect(groups.every((group) => group.tagName === 'FIELDSET')).toBe(true);

    const listen = screen.getByRole('group', { name: "1. I listen to the learner's worries." });
    const answers = within(listen).getAllByRole('radio') as HTMLInputElement[];
    expect(answers.map((input) => input.labels?.[0]?.textContent)).toEqual([...FREQUENCY]);
    expect(answers.every((input) => input.type === 'radio' && input.name === 'sa-item-listen' && !input.checked)).toBe(true);

    const late = screen.getByRole('group', { name: 'Scenario 1. The late learner' });
    const responses = within(late).getAllByRole('radio') as HTMLInputElement[];
    expect(responses.map((input) => input.labels?.[0]?.textContent)).toEqual([
      'A. Tell them off in front of the team.',
      'B. Say nothing.',
      'C. Ask privately what is going on.',
    ]);
    expect(responses.map((input) => input.name)).toEqual(['sa-scenario-late', 'sa-scenario-late', 'sa-scenario-late']);
    // The situation describes the group, so it is read with the question.
    expect(document.getElementById(describedBy(late)[0])?.textContent).toBe('A student arrives late for the third time.');
  });

  it('counts answers as the reader goes, and offers the button once it runs', async () => {
    const user = userEvent.setup();
    renderQuiz();
    expect(progressText()).toBe('0 of 6 answered');
    expect(submitButton().disabled).toBe(false);
    await user.click(radio('item', 'listen', 'Often'));
    expect(progressText()).toBe('1 of 6 answered');
    expect(screen.getByRole('progressbar', { name: '1 of 6 answered' }).getAttribute('value')).toBe('1');
    // Changing an answer is not a new answer.
    await user.click(radio('item', 'listen', 'Never'));
    expect(progressText()).toBe('1 of 6 answered');
    await user.click(radio('scenario', 'mistake', 'Report them at once.'));
    expect(progressText()).toBe('2 of 6 answered');
  });
});

describe('asking for results too early', () => {
  it('shows a focused summary listing exactly the unanswered questions, and marks each one', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(radio('scenario', 'late', 'Say nothing.'));
    await user.click(radio('item', 'listen', 'Often'));
    // Enter in a radio group submits the form, as in a browser.
    await user.keyboard('{Enter}');

    const summary = errorSummary();
    expect(within(summary).getByRole('heading').textContent).toBe('4 questions still need an answer');
    await expectFocus(() => summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['I give the learner a task just beyond them.', '#sa-item-stretch'],
      ['I ask where the learner wants to go.', '#sa-item-future'],
      ['I take over when the learner is slow.', '#sa-item-take-over'],
      ['The wrong dose', '#sa-scenario-mistake'],
    ]);

    for (const id of ['stretch', 'future', 'take-over']) {
      const fieldset = question('item', id);
      expect(describedBy(fieldset)).toContain(`sa-item-${id}-error`);
      expect(document.getElementById(`sa-item-${id}-error`)?.textContent).toBe('Choose how often this is true of you.');
      expect(fieldset.contains(document.getElementById(`sa-item-${id}-error`))).toBe(true);
    }
    expect(describedBy(question('scenario', 'mistake'))).toContain('sa-scenario-mistake-error');
    expect(document.getElementById('sa-scenario-mistake-error')?.textContent).toBe('Choose the response closest to what you would do.');

    // Answered questions carry no error.
    expect(question('item', 'listen').hasAttribute('aria-describedby')).toBe(false);
    expect(question('item', 'listen').querySelector('.sa-error')).toBeNull();
    expect(describedBy(question('scenario', 'late'))).toEqual(['sa-scenario-late-situation']);
    expect(document.getElementById('sa-scenario-late-error')).toBeNull();
    // Nothing was saved.
    expect(localStorage.getItem(ATTEMPTS_KEY)).toBeNull();
  });

  it('takes the reader to the question from its link', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(submitButton());
    await expectFocus(() => errorSummary());
    await user.click(within(errorSummary()).getByRole('link', { name: 'The wrong dose' }));
    expect(document.activeElement).toBe(radio('scenario', 'mistake', 'Quietly fix it yourself.'));
  });

  it('drops a question from the summary, and its inline error, once it is answered', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await answerAll(user, { answers: { listen: 'Often', future: 'Never' }, choices: { late: 'Say nothing.' } });
    await user.click(submitButton());
    expect(within(errorSummary()).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'I give the learner a task just beyond them.',
      'I take over when the learner is slow.',
      'The wrong dose',
    ]);

    await user.click(radio('item', 'stretch', 'Sometimes'));
    expect(within(errorSummary()).getByRole('heading').textContent).toBe('2 questions still need an answer');
    expect(within(errorSummary()).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'I take over when the learner is slow.',
      'The wrong dose',
    ]);
    expect(question('item', 'stretch').hasAttribute('aria-describedby')).toBe(false);
    expect(document.getElementById('sa-item-stretch-error')).toBeNull();

    await user.click(radio('item', 'take-over', 'Rarely'));
    expect(within(errorSummary()).getByRole('heading').textContent).toBe('1 question still needs an answer');

    await user.click(radio('scenario', 'mistake', 'Report them at once.'));
    expect(screen.queryByRole('heading', { name: /still needs? an answer$/ })).toBeNull();
    expect(document.querySelectorAll('.sa-error')).toHaveLength(0);
  });

  it("keeps a scenario's situation in its description while it shows an error", async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(submitButton());
    // GOV.UK pattern: aria-describedby lists the hint and the error, so neither is lost.
    expect(describedBy(question('scenario', 'late'))).toEqual(
      expect.arrayContaining(['sa-scenario-late-situation', 'sa-scenario-late-error']),
    );
  });
});

describe('completing the self-assessment', () => {
  it('can be completed by keyboard alone and saves one attempt', async () => {
    const user = userEvent.setup();
    renderQuiz();

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: `Link to section: ${assessment.ratingsHeading}` }));
    // Tab enters each group on its first answer; the arrow keys move and choose, Space chooses.
    await user.tab();
    expect(document.activeElement).toBe(radio('item', 'listen', 'Never'));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(checkedValue('item', 'listen')).toBe('4');
    await user.tab();
    expect(document.activeElement).toBe(radio('item', 'stretch', 'Never'));
    await user.keyboard(' ');
    expect(checkedValue('item', 'stretch')).toBe('0');
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(checkedValue('item', 'future')).toBe('3');
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(checkedValue('item', 'take-over')).toBe('4');

    await user.tab(); // Part 2's heading link
    await user.tab();
    expect(document.activeElement).toBe(radio('scenario', 'late', 'Tell them off in front of the team.'));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(checkedValue('scenario', 'late')).toBe('ask');
    await user.tab();
    expect(document.activeElement).toBe(within(question('scenario', 'late')).getByRole('button', { name: 'See how the responses fit the model' }));
    await user.tab();
    await user.keyboard(' ');
    expect(checkedValue('scenario', 'mistake')).toBe('fix-it');
    expect(progressText()).toBe('6 of 6 answered');

    await user.tab(); // the second scenario's feedback button
    await user.tab();
    expect(document.activeElement).toBe(submitButton());
    await user.keyboard('{Enter}');

    await expectFocus(() => resultsHeading());
    expect(paragraph('Your answers place you in Confirmation.')).toBeTruthy();
    const saved = storedAttempts();
    expect(saved.version).toBe(1);
    expect(saved.attempts).toHaveLength(1);
    expect(saved.attempts[0].shares).toEqual(confirmationShares);
    expect(saved.attempts[0].scenarios).toEqual({ best: 1, total: 2 });
    expect(Number.isNaN(Date.parse(saved.attempts[0].completedAt))).toBe(false);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('shows the scores, the do and don\'t lines with guide links, and the scenario review', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await completeQuiz(user);

    await expectFocus(() => resultsHeading());
    expect(paragraph('Support 10.0 of 10 (high), challenge 1.0 of 10 (low).')).toBeTruthy();
    expect(paragraph('What learners may experience here: Safe but not stretched.')).toBeTruthy();
    expect(paragraph('Toward growth: Add one stretch task.')).toBeTruthy();
    expect(paragraph('Support: 10.0 of 10. Strength: You back learners.')).toBeTruthy();
    expect(paragraph('Challenge: 1.0 of 10. To try: Set one stretch task.')).toBeTruthy();
    expect(paragraph('Vision: 7.8 of 10. Strength: You ask about futures.')).toBeTruthy();
    expect(paragraph('Ask questions. Strength: You ask before you advise.')).toBeTruthy();
    expect(paragraph('Avoid taking over. To try: Wait ten seconds before stepping in.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read more: Ask questions' }).getAttribute('href')).toBe('/dos-and-donts/#ask-questions');
    expect(screen.getByRole('link', { name: 'Read more: Vision' }).getAttribute('href')).toBe('/model/#vision');
    expect(paragraph('You chose the best-fitting response in 1 of 2 scenarios.')).toBeTruthy();
    expect(paragraph('The late learner. You chose C, the best fit with the model. Support that still expects change.')).toBeTruthy();
    expect(
      paragraph('The wrong dose. You chose A, which pushes toward Confirmation. Safe, but nothing learned. The best fit is B: They learn with you beside them.'),
    ).toBeTruthy();
    expect(paragraph(assessment.disclaimer)).toBeTruthy();
    expect(paragraph(assessment.privacy)).toBeTruthy();
    expect(historyRows()).toHaveLength(1);
  });

  it('starts again with an empty form and focus on Part 1', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await completeQuiz(user);
    await user.click(screen.getByRole('button', { name: 'Take the self-assessment again' }));
    await expectFocus(() => formHeading());
    expect(progressText()).toBe('0 of 6 answered');
    expect(checkedValue('item', 'listen')).toBeNull();
    expect(paragraph(`You have a saved result from ${formatCompletedAt(storedAttempts().attempts[0].completedAt, locale)}.`)).toBeTruthy();
  });

  it('prints the results', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderQuiz();
    await completeQuiz(user);
    await user.click(screen.getByRole('button', { name: 'Print results' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('answers in progress', () => {
  it('restores a saved draft, dropping answers that no longer fit', () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ version: 1, answers: { listen: 4, stretch: 1, removed: 2 }, choices: { late: 'ask', mistake: 'no-such-response' } }),
    );
    renderQuiz();
    expect(checkedValue('item', 'listen')).toBe('4');
    expect(checkedValue('item', 'stretch')).toBe('1');
    expect(checkedValue('item', 'future')).toBeNull();
    expect(checkedValue('scenario', 'late')).toBe('ask');
    expect(checkedValue('scenario', 'mistake')).toBeNull();
    expect(progressText()).toBe('3 of 6 answered');
    expect(within(question('scenario', 'late')).getByRole('button', { name: 'See how the responses fit the model' })).toBeTruthy();
    expect(notices()).toEqual([]);
  });

  it('saves the draft on every change', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, answers: { listen: 4 }, choices: {} }));
    renderQuiz();
    // Saved in an effect after each render: wait for it.
    const draft = () => JSON.parse(localStorage.getItem(DRAFT_KEY)!);
    await user.click(radio('item', 'future', 'Often'));
    await vi.waitFor(() => expect(draft()).toEqual({ version: 1, answers: { listen: 4, future: 3 }, choices: {} }));
    await user.click(radio('scenario', 'mistake', 'Walk through the calculation together.'));
    await vi.waitFor(() =>
      expect(draft()).toEqual({
        version: 1,
        answers: { listen: 4, future: 3 },
        choices: { mistake: 'walk-through' },
      }),
    );
    await user.click(radio('item', 'listen', 'Never'));
    await vi.waitFor(() => expect(draft().answers).toEqual({ listen: 0, future: 3 }));
  });

  it('says so when a draft cannot be restored, and starts empty', () => {
    localStorage.setItem(DRAFT_KEY, '{"answers": oops');
    renderQuiz();
    expect(notices()).toEqual([assessment.notices.draftDiscarded]);
    expect(progressText()).toBe('0 of 6 answered');
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });
});

describe('when storage holds something unreadable or fails', () => {
  /** Renders over a stored attempts value that cannot be used, then completes the quiz. */
  async function completeOver(raw: string) {
    localStorage.setItem(ATTEMPTS_KEY, raw);
    const user = userEvent.setup();
    renderQuiz();
    expect(notices()).toEqual([assessment.notices.setAside]);
    const keys = setAsideKeys();
    expect(keys).toHaveLength(1);
    expect(localStorage.getItem(keys[0])).toBe(raw);
    expect(screen.queryByRole('button', { name: 'See your results' })).toBeNull();

    await completeQuiz(user);
    await expectFocus(() => resultsHeading());
    expect(paragraph('Your answers place you in Confirmation.')).toBeTruthy();
    expect(historyRows()).toHaveLength(1);
    // A fresh history replaces the unreadable one; the copy aside is untouched.
    expect(storedAttempts().attempts.map((attempt: { shares: object }) => attempt.shares)).toEqual([confirmationShares]);
    expect(localStorage.getItem(keys[0])).toBe(raw);
  }

  it('sets corrupted JSON aside and still completes', async () => {
    await completeOver('{"version":1,"attempts":[{"id":"a"');
  });

  it('sets results from an older version aside and still completes', async () => {
    await completeOver(JSON.stringify({ version: 0, attempts: [earlierAttempts[0]] }));
  });

  it('sets results of the wrong shape aside and still completes', async () => {
    await completeOver(JSON.stringify({ version: 1, attempts: { january: earlierAttempts[0] } }));
  });

  it('keeps the readable attempts when one is broken, and sets the original aside', async () => {
    const raw = JSON.stringify({ version: 1, attempts: [earlierAttempts[0], { id: 'broken', shares: { support: 7 } }] });
    localStorage.setItem(ATTEMPTS_KEY, raw);
    renderQuiz();
    expect(notices()).toEqual([assessment.notices.partlySetAside]);
    expect(localStorage.getItem(setAsideKeys()[0])).toBe(raw);
    expect(paragraph(`You have a saved result from ${formatCompletedAt(earlierAttempts[0].completedAt, locale)}.`)).toBeTruthy();
  });

  it('leaves unreadable results untouched when they cannot be copied aside', async () => {
    const raw = '{"version":1,"attempts":[oops';
    localStorage.setItem(ATTEMPTS_KEY, raw);
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith(SET_ASIDE_PREFIX)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const user = userEvent.setup();
    renderQuiz();
    expect(notices()).toEqual([assessment.notices.unreadable]);
    await completeQuiz(user);
    expect(paragraph('Your answers place you in Confirmation.')).toBeTruthy();
    expect(localStorage.getItem(ATTEMPTS_KEY)).toBe(raw);
    expect(setAsideKeys()).toEqual([]);
  });

  it('leaves saved results untouched when they cannot even be read', async () => {
    const saved = JSON.stringify({ version: 1, attempts: earlierAttempts });
    localStorage.setItem(ATTEMPTS_KEY, saved);
    const getItem = Storage.prototype.getItem;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      if (key === ATTEMPTS_KEY) throw new DOMException('The operation is insecure.', 'SecurityError');
      return getItem.call(this, key);
    });
    const user = userEvent.setup();
    renderQuiz();
    expect(notices()).toEqual([assessment.notices.unreadable]);
    await completeQuiz(user);
    expect(historyRows()).toHaveLength(1);
    vi.restoreAllMocks();
    expect(localStorage.getItem(ATTEMPTS_KEY)).toBe(saved);
  });

  it('works without saving when storage is blocked', async () => {
    blockStorage();
    const user = userEvent.setup();
    renderQuiz();
    expect(notices()).toEqual([assessment.notices.unavailable]);
    await user.click(radio('item', 'listen', 'Often'));
    expect(progressText()).toBe('1 of 6 answered');
    expect(notices()).toEqual([assessment.notices.unavailable]);

    await completeQuiz(user);
    await expectFocus(() => resultsHeading());
    expect(paragraph('Your answers place you in Confirmation.')).toBeTruthy();
    expect(historyRows()).toHaveLength(1);
    expect(notices()).toEqual([assessment.notices.unavailable]);
  });

  it('says so when saving fails after storage had worked, and still shows the results', async () => {
    const user = userEvent.setup();
    renderQuiz();
    expect(notices()).toEqual([]);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await completeQuiz(user);
    expect(setItem).toHaveBeenCalled();
    expect(notices()).toEqual([assessment.notices.saveFailed]);
    await expectFocus(() => resultsHeading());
    expect(paragraph('Your answers place you in Confirmation.')).toBeTruthy();
    expect(localStorage.getItem(ATTEMPTS_KEY)).toBeNull();
  });
  it('takes the notice away once a write works again', async () => {
    const user = userEvent.setup();
    renderQuiz();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(radio('item', 'listen', 'Often'));
    await vi.waitFor(() => expect(notices()).toEqual([assessment.notices.saveFailed]));
    setItem.mockRestore();
    await user.click(radio('item', 'listen', 'Never'));
    await vi.waitFor(() => expect(notices()).toEqual([]));
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).answers).toEqual({ listen: 0 });
  });
});

describe('saved results', () => {
  const seed = () => localStorage.setItem(ATTEMPTS_KEY, JSON.stringify({ version: 1, attempts: earlierAttempts }));
  const january = formatCompletedAt(earlierAttempts[0].completedAt, locale);
  const march = formatCompletedAt(earlierAttempts[1].completedAt, locale);

  async function openResults(user: User) {
    seed();
    renderQuiz();
    expect(paragraph(`You have 2 saved results; the latest is from ${march}.`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'See your results' }));
    await expectFocus(() => resultsHeading());
  }

  it('shows the latest result and a history with the changes in brackets', async () => {
    const user = userEvent.setup();
    await openResults(user);
    await expectFocus(() => resultsHeading());
    expect(paragraph(`Completed ${march}.`)).toBeTruthy();
    expect(paragraph('Your answers place you in Growth.')).toBeTruthy();
    expect(paragraph('You chose the best-fitting response in 2 of 2 scenarios.')).toBeTruthy();
    // Saved attempts keep the count, not the choices: no review of each scenario.
    expect(paragraphsStarting('The late learner.')).toEqual([]);
    expect(historyRows()).toEqual([
      [`1. ${january}`, '2.8', '8.2', '5.5', 'Retreat', 'Delete'],
      [`2. ${march}`, '8.2 (+5.4)', '8.2 (no change)', '6.4 (+0.9)', 'Growth', 'Delete'],
    ]);
  });

  it('deletes one result from the table and from storage', async () => {
    const user = userEvent.setup();
    await openResults(user);
    await user.click(screen.getByRole('button', { name: `Delete result 1, from ${january}` }));
    expect(historyRows()).toEqual([[`1. ${march}`, '8.2', '8.2', '6.4', 'Growth', 'Delete']]);
    expect(storedAttempts()).toEqual({ version: 1, attempts: [earlierAttempts[1]] });
    expect(announcer().textContent).toBe(`Deleted the result from ${january}.`);
    // Focus stays by the table, where the reader was working.
    await expectFocus(() => screen.getByRole('heading', { name: 'Your results over time' }));
  });

  it('deletes all results after a confirmation and shows the form again', async () => {
    const user = userEvent.setup();
    await openResults(user);
    await user.click(screen.getByRole('button', { name: 'Delete all results' }));
    const confirm = screen.getByRole('group', { name: 'Delete all 2 saved results? This cannot be undone.' });
    const yes = within(confirm).getByRole('button', { name: 'Yes, delete all' });
    // Focus goes to the question, not to "Yes", so a held Enter cannot confirm at once.
    await expectFocus(() => within(confirm).getByText('Delete all 2 saved results? This cannot be undone.'));
    await user.click(yes);

    expect(localStorage.getItem(ATTEMPTS_KEY)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Your results' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'See your results' })).toBeNull();
    await expectFocus(() => formHeading());
    expect(submitButton()).toBeTruthy();
    expect(announcer().textContent).toBe('Deleted all your saved results.');
  });

  it('keeps everything and returns focus when the deletion is cancelled', async () => {
    const user = userEvent.setup();
    await openResults(user);
    await user.click(screen.getByRole('button', { name: 'Delete all results' }));
    await expectFocus(() => screen.getByText('Delete all 2 saved results? This cannot be undone.'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Yes, delete all' })).toBeNull();
    await expectFocus(() => screen.getByRole('button', { name: 'Delete all results' }));
    await user.click(screen.getByRole('button', { name: 'Delete all results' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete all' })).toBeNull();
    await expectFocus(() => screen.getByRole('button', { name: 'Delete all results' }));
    expect(storedAttempts().attempts).toHaveLength(2);
    expect(historyRows()).toHaveLength(2);
  });

  it('goes back to the form, with focus and a word, when another window deletes the results', async () => {
    const user = userEvent.setup();
    await openResults(user);
    localStorage.removeItem(ATTEMPTS_KEY);
    fireEvent(window, new StorageEvent('storage', { key: ATTEMPTS_KEY }));
    await expectFocus(() => formHeading());
    expect(screen.queryByRole('heading', { name: 'Your results', level: 2 })).toBeNull();
    expect(announcer().textContent).toBe('Your saved results were deleted in another window.');
  });

  it('shows a result saved in another window as the latest', async () => {
    const user = userEvent.setup();
    await openResults(user);
    const later = { ...earlierAttempts[0], id: 'from-another-window', completedAt: '2026-12-01T10:00:00.000Z' };
    localStorage.setItem(ATTEMPTS_KEY, JSON.stringify({ version: 1, attempts: [...earlierAttempts, later] }));
    fireEvent(window, new StorageEvent('storage', { key: ATTEMPTS_KEY }));
    await vi.waitFor(() => expect(historyRows()).toHaveLength(3));
    expect(paragraph('Your answers place you in Retreat.')).toBeTruthy();
  });

  it('drops the scenario review with the latest result', async () => {
    const user = userEvent.setup();
    seed();
    renderQuiz();
    await completeQuiz(user);
    expect(paragraphsStarting('The late learner. You chose C')).toHaveLength(1);
    const latest = formatCompletedAt(storedAttempts().attempts[2].completedAt, locale);
    await user.click(screen.getByRole('button', { name: `Delete result 3, from ${latest}` }));
    expect(paragraphsStarting('The late learner.')).toEqual([]);
    expect(paragraph('Your answers place you in Growth.')).toBeTruthy();
    expect(storedAttempts().attempts.map((attempt: { id: string }) => attempt.id)).toEqual(['january', 'march']);
  });

  it('adds a new attempt to the saved ones', async () => {
    const user = userEvent.setup();
    seed();
    renderQuiz();
    await completeQuiz(user);
    expect(storedAttempts().attempts.map((attempt: { id: string }) => attempt.id).slice(0, 2)).toEqual(['january', 'march']);
    expect(storedAttempts().attempts).toHaveLength(3);
    // From Growth (8.2, 8.2) to Confirmation (10.0, 1.0).
    expect(historyRows()[2].slice(1, 5)).toEqual(['10.0 (+1.8)', '1.0 (−7.2)', '7.8 (+1.4)', 'Confirmation']);
  });
});

describe('scenario feedback', () => {
  it('is offered once a response is chosen, and opens and closes', async () => {
    const user = userEvent.setup();
    renderQuiz();
    const late = question('scenario', 'late');
    expect(within(late).queryByRole('button')).toBeNull();

    await user.click(radio('scenario', 'late', 'Tell them off in front of the team.'));
    const button = within(late).getByRole('button', { name: 'See how the responses fit the model' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(late.contains(panel)).toBe(true);
    expect(panel.hidden).toBe(true);
    // The other scenario is still unanswered: no button there.
    expect(within(question('scenario', 'mistake')).queryByRole('button')).toBeNull();

    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Hide how the responses fit the model');
    expect(panel.hidden).toBe(false);
    const items = within(panel).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'A: pushes toward Retreat.Your choiceChallenge with no support.',
      'B: pushes toward Stasis.Nothing asked, nothing offered.',
      'C: pushes toward Growth.Best fit with the modelSupport that still expects change.',
    ]);

    await user.click(radio('scenario', 'late', 'Ask privately what is going on.'));
    expect(within(panel).getByText('Your choice').closest('li')?.textContent).toContain('C: pushes toward Growth.');

    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
  });
});

describe('copying a summary', () => {
  it('copies a plain-text summary naming the quadrant', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await completeQuiz(user);
    // After setup(): user-event installs its own clipboard stub.
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Copy a text summary' }));

    expect(writeText).toHaveBeenCalledTimes(1);
    const lines = writeText.mock.calls[0][0].split('\n');
    expect(lines[0]).toMatch(/^How do I mentor\?: /);
    expect(lines).toContain('On the support/challenge grid: Confirmation.');
    expect(lines).toContain('Support: 10.0 of 10');
    expect(lines).toContain('- Ask questions: strength. You ask before you advise. (http://localhost:3000/dos-and-donts/#ask-questions)');
    expect(lines).toContain('Scenarios: the best-fitting response in 1 of 2.');
    expect(announcer().textContent).toBe('Summary copied to the clipboard.');
    expect(screen.queryByRole('textbox', { name: 'Summary to copy' })).toBeNull();
  });

  it('shows the summary to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await completeQuiz(user);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await user.click(screen.getByRole('button', { name: 'Copy a text summary' }));

    const field = (await screen.findByRole('textbox', { name: 'Summary to copy' })) as HTMLTextAreaElement;
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.readOnly).toBe(true);
    expect(field.value.split('\n')).toContain('On the support/challenge grid: Confirmation.');
    expect(announcer().textContent).toContain('Could not copy automatically');
  });
});
