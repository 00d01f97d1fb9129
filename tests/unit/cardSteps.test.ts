import { describe, expect, it } from 'vitest';
import { clockTime, stepSchedule } from '~/card/steps';
import { stepTimingProblems } from '~/card/stepTiming.rules';

const steps = [
  { id: 'open', minutes: 0.5 },
  { id: 'vision', minutes: 1.5 },
  { id: 'support-challenge', minutes: 1.5 },
  { id: 'stay-in-touch', minutes: 1 },
  { id: 'other-mentors', minutes: 0.5 },
];

describe('the conversation card steps', () => {
  it('accepts whole and half minutes that add up to the total', () => {
    expect(stepTimingProblems(steps, 5)).toEqual([]);
  });

  it('says by how much the minutes are off, listing each step', () => {
    expect(stepTimingProblems([...steps.slice(0, 4), { id: 'other-mentors', minutes: 1 }], 5)).toEqual([
      "The steps' minutes add up to 5.5, not 5 (open 0.5, vision 1.5, support-challenge 1.5, stay-in-touch 1, other-mentors 1).",
    ]);
    expect(stepTimingProblems(steps.slice(1), 5)).toEqual([expect.stringContaining('add up to 4.5, not 5')]);
  });

  it('names a step that is not in whole or half minutes', () => {
    expect(stepTimingProblems([{ id: 'open', minutes: 0.25 }, { id: 'rest', minutes: 4.75 }], 5)).toEqual([
      'Step "open" lasts 0.25 minutes: give each step whole or half minutes (0.5, 1, 1.5, ...).',
      'Step "rest" lasts 4.75 minutes: give each step whole or half minutes (0.5, 1, 1.5, ...).',
    ]);
    expect(stepTimingProblems([{ id: 'open', minutes: 0 }, { id: 'rest', minutes: 5 }], 5)).toHaveLength(1);
  });

  it('writes clock times', () => {
    expect(clockTime(0)).toBe('0:00');
    expect(clockTime(30)).toBe('0:30');
    expect(clockTime(90)).toBe('1:30');
    expect(clockTime(300)).toBe('5:00');
    expect(clockTime(605)).toBe('10:05');
  });

  it('schedules the steps one after another from 0:00', () => {
    expect(stepSchedule(steps).map(({ step, from, to }) => `${step.id} ${from}-${to}`)).toEqual([
      'open 0:00-0:30',
      'vision 0:30-2:00',
      'support-challenge 2:00-3:30',
      'stay-in-touch 3:30-4:30',
      'other-mentors 4:30-5:00',
    ]);
  });
});
