import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LearnerForm } from '~/feedback/LearnerForm';
import { questionSetId, readAnswers } from '~/feedback/returnLink';

// The learner's form in jsdom: answered by keyboard and clicks as a learner
// would, it makes the return link with the answers in its fragment, says what
// is missing, and keeps nothing.

const STATEMENTS = [
  { id: 'time', text: 'My mentor made time for me.' },
  { id: 'stretch', text: 'My mentor stretched me.' },
  { id: 'goals', text: 'My mentor asked about my goals.' },
];
const ANSWERS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];
const SET = questionSetId(STATEMENTS.map((statement) => statement.id));
const WORDS = {
  title: 'Feedback for your mentor',
  description: 'Six short statements about your mentor, answered privately.',
  intro: 'Intro.',
  privacy: 'Private.',
  caveat: 'A reflection tool.',
  make: 'Make my link',
  unanswered: 'Answer every statement to make your link: {count} left.',
  needsJavaScript: 'Needs JavaScript.',
  returnHeading: 'Your link for your mentor',
  returnIntro: 'Send it.',
  copyReturn: { label: 'Copy the link', copied: 'Copied.', failed: 'Not copied.', manualLabel: 'Your link' },
  email: 'Open an email with the link',
  emailSubject: 'Feedback on your mentoring',
  emailBody: 'My feedback: {link}',
};

function renderForm() {
  window.history.replaceState(null, '', '/base/feedback/learner/');
  localStorage.clear();
  sessionStorage.clear();
  return render(<LearnerForm statements={STATEMENTS} answers={ANSWERS} setId={SET} returnPath="/base/feedback/" words={WORDS} />);
}

const group = (text: string) => screen.getByRole('group', { name: new RegExp(text) });
const choose = (statement: string, answer: string) => userEvent.click(within(group(statement)).getByRole('radio', { name: answer }));
const returnLink = () => document.querySelector('.fb-link code')?.textContent ?? null;

afterEach(() => cleanup());

describe("the learner's form", () => {
  it('makes a return link to the mentor\'s page with every answer in its fragment, and focuses it', async () => {
    renderForm();
    await choose('made time', 'Agree');
    await choose('stretched', 'Strongly disagree');
    await choose('asked about my goals', 'Strongly agree');
    await userEvent.click(screen.getByRole('button', { name: 'Make my link' }));
    const link = new URL(returnLink()!);
    expect(link.pathname).toBe('/base/feedback/');
    expect(link.search).toBe('');
    expect(readAnswers(link.hash, STATEMENTS.length, SET)).toEqual({ ok: true, answers: [4, 1, 5] });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your link for your mentor' }));
    const email = screen.getByRole('link', { name: 'Open an email with the link' }).getAttribute('href')!;
    expect(email.startsWith('mailto:?subject=Feedback%20on%20your%20mentoring&body=')).toBe(true);
    expect(decodeURIComponent(email.split('body=')[1])).toBe(`My feedback: ${link.href}`);
    // Nothing kept in the learner's browser.
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('says how many statements are left, marks them and takes focus to the first, making no link', async () => {
    renderForm();
    await choose('stretched', 'Agree');
    await userEvent.click(screen.getByRole('button', { name: 'Make my link' }));
    expect(screen.getByRole('alert').textContent).toBe('Answer every statement to make your link: 2 left.');
    expect(returnLink()).toBeNull();
    expect(document.activeElement).toBe(within(group('made time')).getAllByRole('radio')[0]);
    expect(group('made time').getAttribute('aria-describedby')).toBe('fb-error');
    expect(group('stretched').getAttribute('aria-describedby')).toBeNull();
    // Answering one of them brings the count down.
    await choose('made time', 'Neither');
    expect(screen.getByRole('alert').textContent).toBe('Answer every statement to make your link: 1 left.');
  });

  it('takes the link away when an answer changes after it was made, so no stale link is sent', async () => {
    renderForm();
    for (const statement of ['made time', 'stretched', 'asked about my goals']) await choose(statement, 'Agree');
    fireEvent.submit(screen.getByRole('button', { name: 'Make my link' }).closest('form')!);
    expect(returnLink()).not.toBeNull();
    await choose('stretched', 'Disagree');
    expect(returnLink()).toBeNull();
  });

  it('counts choices made before the island ran: the radios are the form\'s state', async () => {
    renderForm();
    // As if chosen in the server-rendered form before hydration: set on the elements directly.
    for (const statement of ['made time', 'stretched', 'asked about my goals']) {
      (within(group(statement)).getByRole('radio', { name: 'Strongly agree' }) as HTMLInputElement).checked = true;
    }
    await userEvent.click(screen.getByRole('button', { name: 'Make my link' }));
    expect(readAnswers(new URL(returnLink()!).hash, 3, SET)).toEqual({ ok: true, answers: [5, 5, 5] });
  });
});
