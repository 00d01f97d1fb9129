import { describe, expect, it } from 'vitest';
import { formatRating } from '~/assessment/history';
import {
  bestFitCount,
  isAnswer,
  isStrength,
  itemPoints,
  ratingFromShare,
  resultPosition,
  scaleLines,
  scaleShares,
} from '~/assessment/scoring';
import type { AssessmentItem, AssessmentScale, Scenario } from '~/assessment/selfAssessment.schema';

// Five answers, as in the real content: Never scores 0 points ... Almost always 4.
const frequency = ['Never', 'Rarely', 'Sometimes', 'Often', 'Almost always'];
const NEVER = 0;
const SOMETIMES = 2;
const ALWAYS = 4;

const item = (id: string, feeds: Record<string, number>, reverse = false): AssessmentItem => ({ id, text: `Statement ${id}.`, feeds, reverse });

// support: one statement counted once, one counted twice. challenge: one statement.
// clone: a "don't", its points turned round.
const items = [
  item('notice-effort', { support: 1 }),
  item('open-doors', { support: 2, vision: 1 }),
  item('stretch-task', { challenge: 1 }),
  item('recommend-my-choices', { clone: 1 }, true),
];

const scale = (id: string, group: AssessmentScale['group']): AssessmentScale => ({
  id,
  name: `Scale ${id}`,
  group,
  guide: 'dos-and-donts/',
  strength: `Strong on ${id}.`,
  suggestion: `Try ${id}.`,
});

describe('points for one answer', () => {
  it('scores a statement by the position of its answer: Never 0 ... Almost always 4', () => {
    expect(itemPoints({ reverse: false }, NEVER, 5)).toBe(0);
    expect(itemPoints({ reverse: false }, 3, 5)).toBe(3);
    expect(itemPoints({ reverse: false }, ALWAYS, 5)).toBe(4);
  });

  it('turns the points round for a "don\'t": Never 4 ... Almost always 0', () => {
    expect(itemPoints({ reverse: true }, NEVER, 5)).toBe(4);
    expect(itemPoints({ reverse: true }, 3, 5)).toBe(1);
    expect(itemPoints({ reverse: true }, ALWAYS, 5)).toBe(0);
  });

  it('follows the number of answers, not a fixed five', () => {
    expect(itemPoints({ reverse: true }, 0, 3)).toBe(2);
    expect(itemPoints({ reverse: true }, 0, 7)).toBe(6);
  });
});

describe('what counts as an answer', () => {
  it('accepts every whole-number position on the frequency scale', () => {
    for (const answer of [0, 1, 2, 3, 4]) expect(isAnswer(answer, 5), String(answer)).toBe(true);
  });

  it('refuses positions off the scale, fractions, text and nothing', () => {
    for (const value of [-1, 5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null, undefined, {}]) {
      expect(isAnswer(value, 5), String(value)).toBe(false);
    }
  });
});

describe('scale shares', () => {
  const content = { frequency, items };

  it('counts each statement by its weight', () => {
    // support: notice-effort 1 x 4 points + open-doors 2 x 1 point = 6 of a possible 12.
    const shares = scaleShares(content, { 'notice-effort': ALWAYS, 'open-doors': 1, 'stretch-task': 3, 'recommend-my-choices': 1 });
    expect(shares.support).toBe(0.5);
    expect(shares.vision).toBe(0.25);
    expect(shares.challenge).toBe(0.75);
    // Rarely (1) on a "don't" is 3 points of 4.
    expect(shares.clone).toBe(0.75);
  });

  it('gives 0 for every scale when all answers are Never, except a "don\'t", which gets 1', () => {
    const answers = { 'notice-effort': NEVER, 'open-doors': NEVER, 'stretch-task': NEVER, 'recommend-my-choices': NEVER };
    expect(scaleShares(content, answers)).toEqual({ support: 0, vision: 0, challenge: 0, clone: 1 });
  });

  it('gives 1 for every scale when all answers are Almost always, except a "don\'t", which gets 0', () => {
    const answers = { 'notice-effort': ALWAYS, 'open-doors': ALWAYS, 'stretch-task': ALWAYS, 'recommend-my-choices': ALWAYS };
    expect(scaleShares(content, answers)).toEqual({ support: 1, vision: 1, challenge: 1, clone: 0 });
  });

  it('skips statements without an answer instead of counting them as zero', () => {
    // Only open-doors answered: 2 x 2 points of a possible 2 x 4.
    const shares = scaleShares(content, { 'open-doors': SOMETIMES, 'stretch-task': ALWAYS });
    expect(shares.support).toBe(0.5);
    expect(shares.challenge).toBe(1);
  });

  it('skips answers that are not positions on the scale', () => {
    const shares = scaleShares(content, { 'notice-effort': 7, 'open-doors': ALWAYS, 'stretch-task': -1 });
    expect(shares.support).toBe(1);
    expect(shares.challenge).toBeNull();
  });

  it('gives no score (null) to a scale none of whose statements is answered', () => {
    expect(scaleShares(content, { 'stretch-task': SOMETIMES })).toEqual({ support: null, vision: null, challenge: 0.5, clone: null });
    expect(scaleShares(content, {})).toEqual({ support: null, vision: null, challenge: null, clone: null });
  });

  it('rounds shares to three decimal places', () => {
    // support: notice-effort 1 x 0 + open-doors 2 x 1 = 2 of 12 (0.1666...); 1 x 4 + 2 x 2 = 8 of 12 (0.666...).
    expect(scaleShares(content, { 'notice-effort': NEVER, 'open-doors': 1 }).support).toBe(0.167);
    expect(scaleShares(content, { 'notice-effort': ALWAYS, 'open-doors': SOMETIMES }).support).toBe(0.667);
    expect(scaleShares({ frequency: ['No', 'Maybe', 'Yes', 'Always'], items }, { 'stretch-task': 1 }).challenge).toBe(0.333);
  });
});

describe('ratings on the 1-10 plot scale', () => {
  it('maps a share of 0 to 1, 1 to 10 and a half to the line between low and high', () => {
    expect(ratingFromShare(0)).toBe(1);
    expect(ratingFromShare(1)).toBe(10);
    expect(ratingFromShare(0.5)).toBe(5.5);
  });

  it('is not rounded, so high and low follow the share exactly (above half is high)', () => {
    expect(ratingFromShare(0.8)).toBeCloseTo(8.2, 10);
    expect(ratingFromShare(0.25)).toBe(3.25);
    // Just above half the points: high, even though it shows as 5.5.
    expect(ratingFromShare(0.5004)).toBeGreaterThan(5.5);
    expect(formatRating(ratingFromShare(0.5004))).toBe('5.5');
    expect(formatRating(ratingFromShare(0.25))).toBe('3.3');
  });

  it('clamps shares outside 0 to 1', () => {
    expect(ratingFromShare(-0.5)).toBe(1);
    expect(ratingFromShare(1.7)).toBe(10);
  });

  it('places a result on the grid by its support and challenge shares', () => {
    const position = resultPosition({ support: 0.8, challenge: 0.25, vision: 1 });
    expect(position.support).toBeCloseTo(8.2, 10);
    expect(position.challenge).toBe(3.25);
    expect(resultPosition({ support: 1, challenge: 0 })).toEqual({ support: 10, challenge: 1 });
  });

  it('puts a missing support or challenge share at the bottom of its axis', () => {
    expect(resultPosition({ challenge: 1 })).toEqual({ support: 1, challenge: 10 });
    expect(resultPosition({})).toEqual({ support: 1, challenge: 1 });
  });
});

describe('strengths and suggestions', () => {
  it('counts a share exactly at the threshold as a strength', () => {
    expect(isStrength(0.75, 0.75)).toBe(true);
    expect(isStrength(0.749, 0.75)).toBe(false);
    expect(isStrength(1, 0.75)).toBe(true);
  });

  const scales = [
    scale('support', 'element'),
    scale('ask-questions', 'do'),
    scale('clone', 'dont'),
    scale('give-feedback', 'do'),
    scale('free-labour', 'dont'),
  ];

  it('gives one line per scale in the chosen groups, in the content\'s order', () => {
    const shares = { support: 0.9, 'free-labour': 0.5, 'give-feedback': 0.75, clone: 1, 'ask-questions': 0.2 };
    const lines = scaleLines(scales, shares, 0.75, ['do', 'dont']);
    expect(lines.map((line) => [line.scale.id, line.share, line.strength])).toEqual([
      ['ask-questions', 0.2, false],
      ['clone', 1, true],
      ['give-feedback', 0.75, true],
      ['free-labour', 0.5, false],
    ]);
    expect(lines[0]!.scale).toBe(scales[1]);
  });

  it('filters by group', () => {
    const shares = { support: 0.9, 'ask-questions': 0.2, clone: 1, 'give-feedback': 0.75, 'free-labour': 0.5 };
    expect(scaleLines(scales, shares, 0.75, ['element']).map((line) => line.scale.id)).toEqual(['support']);
    expect(scaleLines(scales, shares, 0.75, ['dont']).map((line) => line.scale.id)).toEqual(['clone', 'free-labour']);
    expect(scaleLines(scales, shares, 0.75, [])).toEqual([]);
  });

  it('leaves out scales with no score', () => {
    const lines = scaleLines(scales, { 'ask-questions': 0, 'give-feedback': 0.8 }, 0.75, ['do', 'dont']);
    expect(lines.map((line) => [line.scale.id, line.strength])).toEqual([
      ['ask-questions', false],
      ['give-feedback', true],
    ]);
  });
});

describe('scenarios answered with the best-fitting response', () => {
  const option = (id: string, best = false) => ({ id, text: `Response ${id}.`, quadrant: 'stasis' as const, best, feedback: 'Why.' });
  const scenario = (id: string, bestId: string): Scenario => ({
    id,
    title: `Scenario ${id}`,
    situation: 'A learner asks.',
    options: ['a', 'b', 'c'].map((optionId) => option(optionId, optionId === bestId)),
  });
  const scenarios = [scenario('weekend-offer', 'b'), scenario('quiet-student', 'a'), scenario('first-morning', 'c')];

  it('counts the best responses chosen, out of all scenarios', () => {
    expect(bestFitCount(scenarios, { 'weekend-offer': 'b', 'quiet-student': 'b', 'first-morning': 'c' })).toEqual({ best: 2, total: 3 });
    expect(bestFitCount(scenarios, { 'weekend-offer': 'b', 'quiet-student': 'a', 'first-morning': 'c' })).toEqual({ best: 3, total: 3 });
  });

  it('counts unanswered scenarios and unknown responses as not best, but still in the total', () => {
    expect(bestFitCount(scenarios, {})).toEqual({ best: 0, total: 3 });
    expect(bestFitCount(scenarios, { 'weekend-offer': 'z', 'quiet-student': 'a' })).toEqual({ best: 1, total: 3 });
  });

  it('gives 0 of 0 when there are no scenarios', () => {
    expect(bestFitCount([], { 'weekend-offer': 'b' })).toEqual({ best: 0, total: 0 });
  });
});
