import { describe, expect, it } from 'vitest';
import { encodeAnswers, FORMAT_VERSION, questionSetId, readAnswers } from '~/feedback/returnLink';
import { answersFromForm, answerName } from '~/feedback/learnerAnswers';

// The return link: the learner's answers in the fragment, read back whatever
// happened to the link on its way (cut short, edited, made for other statements).

const IDS = ['time-and-reach', 'named-strengths', 'stretched', 'honest-feedback', 'asked-goals', 'my-goals-not-theirs'];
const SET = questionSetId(IDS);
const ANSWERS = [4, 3, 5, 2, 1, 5];
const fragment = encodeAnswers(ANSWERS, SET);

describe('the return link', () => {
  it('reads back the answers it was made with, with or without "#"', () => {
    expect(fragment).toMatch(new RegExp(`^f${FORMAT_VERSION}-[0-9a-z]{2}-435215-[0-9a-z]$`));
    expect(readAnswers(fragment, IDS.length, SET)).toEqual({ ok: true, answers: ANSWERS });
    expect(readAnswers(`#${fragment}`, IDS.length, SET)).toEqual({ ok: true, answers: ANSWERS });
  });

  it('is short: a whole return link stays far under 2,000 characters', () => {
    const link = `https://faculty.example.edu/mentoring/feedback/#${encodeAnswers([5, 5, 5, 5, 5, 5, 5, 5], SET)}`;
    expect(link.length).toBeLessThan(100);
  });

  it('gives each set of statements its own id', () => {
    expect(questionSetId(IDS)).toMatch(/^[0-9a-z]{2}$/);
    expect(questionSetId(IDS)).toBe(SET);
    expect(questionSetId([...IDS.slice(0, -1), 'another'])).not.toBe(SET);
    expect(questionSetId([...IDS].reverse())).not.toBe(SET);
  });

  it('refuses answers it cannot carry', () => {
    expect(() => encodeAnswers([], SET)).toThrow(/whole number/);
    expect(() => encodeAnswers([0, 3], SET)).toThrow(/whole number/);
    expect(() => encodeAnswers([6], SET)).toThrow(/whole number/);
    expect(() => encodeAnswers([2.5], SET)).toThrow(/whole number/);
  });

  it.each([
    ['', 'not-a-link'],
    ['#', 'not-a-link'],
    ['hello', 'not-a-link'],
    ['x1-aa-123', 'not-a-link'],
    ['f2-aa-435215-q', 'old-version'],
    ['f0', 'old-version'],
  ])('"%s" is refused as %s', (text, problem) => {
    expect(readAnswers(text, IDS.length, SET)).toEqual({ ok: false, problem });
  });

  it('says a link cut short is truncated, wherever it was cut', () => {
    for (let end = 2; end < fragment.length; end++) {
      const cut = fragment.slice(0, end);
      // Cut just after a "-" leaves the part before it whole: still short.
      expect(readAnswers(cut, IDS.length, SET), cut).toEqual({ ok: false, problem: 'truncated' });
    }
  });

  it('says an edited link is tampered: a changed answer, swapped answers, an extra answer or a changed check', () => {
    const [, set, digits, check] = fragment.split('-');
    const changed = `${digits.slice(0, 2)}${digits[2] === '5' ? '4' : '5'}${digits.slice(3)}`;
    const swapped = `${digits[1]}${digits[0]}${digits.slice(2)}`;
    const otherCheck = check === 'a' ? 'b' : 'a';
    for (const text of [`f1-${set}-${changed}-${check}`, `f1-${set}-${swapped}-${check}`, `f1-${set}-${digits}5-${check}`, `f1-${set}-${digits}-${otherCheck}`, `f1-${set}-43x215-${check}`, `f1-${set}-435219-${check}`, `${fragment}-more`]) {
      expect(readAnswers(text, IDS.length, SET), text).toEqual({ ok: false, problem: 'tampered' });
    }
  });

  it('says a link made for other statements is from an older version', () => {
    const other = questionSetId(['a', 'b', 'c', 'd', 'e']);
    expect(readAnswers(encodeAnswers([1, 2, 3, 4, 5], other), 5, SET)).toEqual({ ok: false, problem: 'old-version' });
  });
});

describe("the learner's answers from the form", () => {
  const statements = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const form = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

  it('reads one answer a statement, in order', () => {
    expect(answersFromForm(form({ [answerName('a')]: '5', [answerName('b')]: '1', [answerName('c')]: '3' }), statements)).toEqual({ ok: true, answers: [5, 1, 3] });
  });

  it('names the statements left unanswered, and ignores values no radio has', () => {
    expect(answersFromForm(form({ [answerName('b')]: '2', [answerName('c')]: '9' }), statements)).toEqual({ ok: false, missing: ['a', 'c'] });
  });
});
