import { describe, expect, it } from 'vitest';
import { summaryText, type SummaryInput } from '~/assessment/summary';
import type { SavedAttempt } from '~/assessment/storage';
import type { AssessmentScale } from '~/assessment/selfAssessment.schema';
import { assessment } from '../component/assessmentFixtures';

const scale = (id: string, name: string, group: AssessmentScale['group'], guide: string): AssessmentScale => ({
  id,
  name,
  group,
  guide,
  strength: `You do ${id} well.`,
  suggestion: `Try some ${id}.`,
});

const content: SummaryInput['content'] = {
  disclaimer: 'This is a reflection tool, not a validated instrument.',
  strengthFrom: 0.75,
  scales: [
    scale('support', 'Support', 'element', 'model/#support'),
    scale('challenge', 'Challenge', 'element', 'model/#challenge'),
    scale('vision', 'Vision', 'element', 'model/#vision'),
    scale('ask-questions', 'Ask questions', 'do', 'dos-and-donts/#ask-questions'),
    scale('clone', 'Avoid creating a "clone"', 'dont', 'dos-and-donts/#create-a-clone'),
  ],
  // The summary's lines as content/data/self-assessment.yaml words them.
  summary: assessment.summary,
  history: { noChange: 'no change' },
};

const quadrants: SummaryInput['quadrants'] = [
  { id: 'stasis', name: 'Stasis', nextStep: 'Ask one question about their plans.' },
  { id: 'confirmation', name: 'Confirmation', nextStep: 'Add one stretch task.' },
  { id: 'retreat', name: 'Retreat', nextStep: 'Name one real strength.' },
  { id: 'growth', name: 'Growth', nextStep: 'Keep the balance.' },
];

// Ratings (1 + share x 9): support 0.8 -> 8.2, challenge 0.6 -> 6.4, vision 0.3 -> 3.7: growth.
const latest: SavedAttempt = {
  id: 'latest',
  completedAt: '2026-11-25T17:30:00.000Z',
  shares: { support: 0.8, challenge: 0.6, vision: 0.3, 'ask-questions': 0.9, clone: 0.5 },
  scenarios: { best: 3, total: 5 },
};
// support 0.5 -> 5.5 (on the line, so low), challenge 0.7 -> 7.3: retreat.
const earlier: SavedAttempt = {
  id: 'earlier',
  completedAt: '2026-06-01T08:05:00.000Z',
  shares: { support: 0.5, challenge: 0.7, vision: 0.3 },
  scenarios: { best: 1, total: 5 },
};

const summarise = (attempts: SavedAttempt[]) =>
  summaryText({
    content,
    quadrants,
    attempts,
    linkTo: (guide) => `https://example.org/mentoring/${guide}`,
    title: 'How do I mentor?',
    locale: 'en-GB',
    timeZone: 'UTC',
  });

describe('the plain-text summary of a result', () => {
  it('is empty when there are no attempts', () => {
    expect(summarise([])).toBe('');
  });

  it('starts with the title and when the attempt was completed, then the disclaimer', () => {
    const lines = summarise([latest]).split('\n');
    expect(lines[0]).toBe('How do I mentor?: 25 Nov 2026, 17:30');
    expect(lines[1]).toBe('This is a reflection tool, not a validated instrument.');
  });

  it('gives the three element scores out of 10, with one decimal place', () => {
    const lines = summarise([latest]).split('\n');
    expect(lines).toContain('Support: 8.2 of 10');
    expect(lines).toContain('Challenge: 6.4 of 10');
    expect(lines).toContain('Vision: 3.7 of 10');
  });

  it('names the quadrant and its next step toward growth', () => {
    const lines = summarise([latest]).split('\n');
    expect(lines).toContain('On the support/challenge grid: Growth.');
    expect(lines).toContain('Toward growth: Keep the balance.');
  });

  it('gives a strength or a thing to try for each do and don\'t, with the full link to the guide', () => {
    const lines = summarise([latest]).split('\n');
    expect(lines).toContain('- Ask questions: strength. You do ask-questions well. (https://example.org/mentoring/dos-and-donts/#ask-questions)');
    expect(lines).toContain('- Avoid creating a "clone": to try. Try some clone. (https://example.org/mentoring/dos-and-donts/#create-a-clone)');
    // The elements are scored above, not listed as do's and don'ts.
    expect(lines.filter((line) => line.startsWith('- '))).toHaveLength(2);
  });

  it('gives how many scenarios were answered with the best-fitting response', () => {
    expect(summarise([latest]).split('\n')).toContain('Scenarios: the best-fitting response in 3 of 5.');
  });

  it('has no earlier results and no change for a first attempt', () => {
    const text = summarise([latest]);
    expect(text).not.toContain('Earlier results');
    expect(text).not.toContain('Since the last time');
  });

  it('lists earlier results and the change since the last time when there is more than one attempt', () => {
    const text = summarise([earlier, latest]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('How do I mentor?: 25 Nov 2026, 17:30');
    expect(lines).toContain('Earlier results:');
    expect(lines).toContain('- 1 Jun 2026, 08:05: support 5.5, challenge 7.3 (Retreat)');
    expect(lines).toContain('Since the last time: support +2.7, challenge \u22120.9.');
    expect(text.indexOf('Earlier results:')).toBeGreaterThan(text.indexOf('Scenarios:'));
  });

  it("says the history's words for a change of zero", () => {
    const same: SavedAttempt = { ...earlier, id: 'same', completedAt: '2026-09-01T08:05:00.000Z', shares: latest.shares };
    expect(summarise([same, latest]).split('\n')).toContain('Since the last time: support no change, challenge no change.');
  });

  it('writes the dates in the locale it is given', () => {
    const text = summaryText({ content, quadrants, attempts: [latest], linkTo: (guide) => guide, title: 'T', locale: 'en-US', timeZone: 'UTC' });
    // ICU versions differ in the space before PM.
    expect(text.split('\n')[0]).toMatch(/^T: Nov 25, 2026, 05:30\sPM$/);
  });

  it('summarises the last attempt and lists every earlier one, oldest first', () => {
    const first: SavedAttempt = { ...earlier, id: 'first', completedAt: '2026-01-10T12:00:00.000Z', shares: { support: 0, challenge: 0 } };
    const lines = summarise([first, earlier, latest]).split('\n');
    const listed = lines.slice(lines.indexOf('Earlier results:') + 1, lines.indexOf('Earlier results:') + 3);
    expect(listed).toEqual([
      '- 10 Jan 2026, 12:00: support 1.0, challenge 1.0 (Stasis)',
      '- 1 Jun 2026, 08:05: support 5.5, challenge 7.3 (Retreat)',
    ]);
    expect(lines).toContain('Since the last time: support +2.7, challenge \u22120.9.');
  });

  it('matches, line for line, the documented layout', () => {
    expect(summarise([earlier, latest])).toBe(
      [
        'How do I mentor?: 25 Nov 2026, 17:30',
        'This is a reflection tool, not a validated instrument.',
        '',
        'Support: 8.2 of 10',
        'Challenge: 6.4 of 10',
        'Vision: 3.7 of 10',
        'On the support/challenge grid: Growth.',
        'Toward growth: Keep the balance.',
        '',
        "Do's and don'ts:",
        '- Ask questions: strength. You do ask-questions well. (https://example.org/mentoring/dos-and-donts/#ask-questions)',
        '- Avoid creating a "clone": to try. Try some clone. (https://example.org/mentoring/dos-and-donts/#create-a-clone)',
        '',
        'Scenarios: the best-fitting response in 3 of 5.',
        '',
        'Earlier results:',
        '- 1 Jun 2026, 08:05: support 5.5, challenge 7.3 (Retreat)',
        'Since the last time: support +2.7, challenge \u22120.9.',
      ].join('\n'),
    );
  });
});
