import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { MentorFeedback } from '~/feedback/MentorFeedback';
import { encodeAnswers, questionSetId } from '~/feedback/returnLink';
import { FEEDBACK_KEY } from '~/feedback/feedbackStore';
import { ATTEMPTS_KEY } from '~/assessment/storage';
import { serializeAttempts } from '~/assessment/storedAttempts';
import { drawing, quadrants } from './assessmentFixtures';

// The mentor's view in jsdom: return links opened at the page's address (and
// later in the same tab), kept in storage, placed beside the mentor's own latest
// self-assessment; bad links refused with a message and nothing else changed.

// The real words (vitest runs from the project's root), so each message is the one readers see.
const words = parse(readFileSync('content/data/feedback.yaml', 'utf8')).feedback.mentor.view;
const SCALES = ['support', 'support', 'challenge', 'challenge', 'vision', 'vision'] as const;
const SET = questionSetId(['a', 'b', 'c', 'd', 'e', 'f']);
const link = (answers: number[]) => `#${encodeAnswers(answers, SET)}`;

function renderAt(hash = '') {
  window.history.replaceState(null, '', `/feedback/${hash}`);
  return render(
    <MentorFeedback scales={[...SCALES]} setId={SET} quadrants={quadrants} drawing={drawing} words={words} selfAssessmentHref="/self-assessment/" />,
  );
}
const stored = () => JSON.parse(localStorage.getItem(FEEDBACK_KEY) ?? '{"answers":[]}').answers as { fragment: string }[];
const learners = () => screen.queryAllByRole('listitem').map((item) => item.textContent);
const status = () => screen.getAllByRole('status').at(-1)!.textContent?.trim();

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the mentor's view of learners' answers", () => {
  it('shows a learner whose every answer is the strongest in Growth, keeps it, and takes the answers out of the address', () => {
    renderAt(link([5, 5, 5, 5, 5, 5]));
    expect(learners()[0]).toContain('Learner 1 Growth: support 10.0, challenge 10.0, vision 10.0 (out of 10).');
    expect(stored()).toHaveLength(1);
    expect(window.location.hash).toBe('');
    expect(status()).toBe(words.added);
    expect(screen.getByText(/Take the/).querySelector('a')?.getAttribute('href')).toBe('/self-assessment/');
  });

  it('adds a second link opened in the same tab (only the fragment changes), shows the spread and the quadrant step', () => {
    renderAt(link([1, 1, 1, 1, 1, 1]));
    expect(learners()[0]).toContain('Stasis: support 1.0, challenge 1.0');
    act(() => {
      window.location.hash = link([2, 1, 1, 2, 3, 3]).slice(1);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(learners()).toHaveLength(2);
    expect(screen.getByText(/^Across 2 learners: support from 1.0 to/)).toBeTruthy();
    expect(screen.getByText(/^Where your learners put you: Stasis\./)).toBeTruthy();
  });

  it('places the mentor\'s latest self-assessment beside them and says what the difference suggests', () => {
    localStorage.setItem(
      ATTEMPTS_KEY,
      serializeAttempts([{ id: 'x', completedAt: '2026-06-01T00:00:00.000Z', shares: { support: 1, challenge: 1 }, scenarios: { best: 5, total: 5 } }]),
    );
    renderAt(link([2, 2, 5, 5, 3, 3]));
    expect(screen.getByText(words.self).parentElement?.textContent).toContain('Growth: support 10.0, challenge 10.0');
    expect(screen.getByText(words.support['learners-lower'].trim().replace(/\s+/g, ' '))).toBeTruthy();
    expect(screen.getByText(words.challenge.agrees)).toBeTruthy();
  });

  it.each([
    ['tampered', (good: string) => good.split('-').map((part, index) => (index === 2 ? `4${part.slice(1)}` : part)).join('-')],
    ['truncated', (good: string) => good.slice(0, -4)],
    ['old-version', (good: string) => good.replace('#f1-', '#f2-')],
    ['not-a-link', () => '#hello'],
    ['not-a-link', () => '#%E0%A4%A'],
  ] as const)('refuses a %s link with its message, and changes nothing else', (problem, spoil) => {
    localStorage.setItem(FEEDBACK_KEY, JSON.stringify({ version: 1, answers: [{ fragment: link([4, 4, 4, 4, 4, 4]).slice(1), addedAt: '2026-12-01T00:00:00.000Z' }] }));
    renderAt(spoil(link([5, 5, 5, 5, 5, 5])));
    expect(screen.getByRole('alert').textContent?.trim()).toBe(words.problems[problem].trim().replace(/\s+/g, ' '));
    expect(stored()).toHaveLength(1);
    expect(learners()).toHaveLength(1);
  });

  it('leaves the page\'s own anchors alone', () => {
    document.body.insertAdjacentHTML('beforeend', '<h2 id="ask">Ask</h2>');
    renderAt('#ask');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.hash).toBe('#ask');
    document.getElementById('ask')?.remove();
  });

  it('removes one learner, and deletes all after asking, moving focus to the heading', async () => {
    renderAt(link([5, 5, 5, 5, 5, 5]));
    act(() => {
      window.location.hash = link([3, 3, 3, 3, 3, 3]).slice(1);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await userEvent.click(screen.getByRole('button', { name: 'Remove learner 1' }));
    expect(stored()).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: words.heading }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await userEvent.click(screen.getByRole('button', { name: words.deleteAll }));
    expect(stored()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: words.deleteAll }));
    expect(confirm).toHaveBeenCalledWith(words.deleteConfirm);
    expect(localStorage.getItem(FEEDBACK_KEY)).toBeNull();
    expect(screen.getByText(words.none)).toBeTruthy();
  });
});
