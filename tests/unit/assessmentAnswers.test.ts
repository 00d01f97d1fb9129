import { describe, expect, it } from 'vitest';
import { answersThatFit, progress, unanswered } from '~/assessment/answers';
import type { AssessmentItem, Scenario } from '~/assessment/selfAssessment.schema';

const item = (id: string, text: string): AssessmentItem => ({ id, text, feeds: { support: 1 }, reverse: false });
const scenario = (id: string, title: string, optionIds: string[]): Scenario => ({
  id,
  title,
  situation: 'A learner asks for help.',
  options: optionIds.map((optionId, index) => ({ id: optionId, text: `Response ${optionId}.`, quadrant: 'growth', best: index === 0, feedback: 'Why.' })),
});

// Three answers (0, 1, 2), two statements, two scenarios.
const content = {
  frequency: ['Never', 'Sometimes', 'Always'],
  items: [item('make-time', 'I make time to talk.'), item('name-strengths', 'I name what learners did well.')],
  scenarios: [scenario('weekend-offer', 'The weekend offer', ['a', 'b', 'c']), scenario('quiet-student', 'Going quiet', ['a', 'b', 'c', 'd'])],
};

describe('questions still without an answer', () => {
  it('lists every statement, then every scenario, in page order, labelled as the error summary names them', () => {
    expect(unanswered(content, {}, {})).toEqual([
      { kind: 'item', id: 'make-time', label: 'I make time to talk.' },
      { kind: 'item', id: 'name-strengths', label: 'I name what learners did well.' },
      { kind: 'scenario', id: 'weekend-offer', label: 'The weekend offer' },
      { kind: 'scenario', id: 'quiet-student', label: 'Going quiet' },
    ]);
  });

  it('leaves out what is answered, even when a later question was answered first', () => {
    expect(unanswered(content, { 'name-strengths': 0 }, { 'quiet-student': 'd' })).toEqual([
      { kind: 'item', id: 'make-time', label: 'I make time to talk.' },
      { kind: 'scenario', id: 'weekend-offer', label: 'The weekend offer' },
    ]);
  });

  it('still counts a statement as unanswered when its answer is off the scale', () => {
    expect(unanswered(content, { 'make-time': 3, 'name-strengths': 1.5 }, { 'weekend-offer': 'a', 'quiet-student': 'a' }).map((entry) => entry.id)).toEqual([
      'make-time',
      'name-strengths',
    ]);
  });

  it('still counts a scenario as unanswered when its response is not one of the scenario\'s', () => {
    const choices = { 'weekend-offer': 'd', 'quiet-student': '' };
    expect(unanswered(content, { 'make-time': 0, 'name-strengths': 2 }, choices).map((entry) => entry.id)).toEqual(['weekend-offer', 'quiet-student']);
  });

  it('is empty when everything is answered', () => {
    expect(unanswered(content, { 'make-time': 0, 'name-strengths': 2 }, { 'weekend-offer': 'c', 'quiet-student': 'd' })).toEqual([]);
  });
});

describe('progress', () => {
  it('counts answered statements and scenarios out of all of them', () => {
    expect(progress(content, {}, {})).toEqual({ answered: 0, total: 4 });
    expect(progress(content, { 'make-time': 1 }, { 'quiet-student': 'b' })).toEqual({ answered: 2, total: 4 });
    expect(progress(content, { 'make-time': 0, 'name-strengths': 2 }, { 'weekend-offer': 'c', 'quiet-student': 'd' })).toEqual({ answered: 4, total: 4 });
  });

  it('does not count answers that do not fit the content', () => {
    expect(progress(content, { 'make-time': 5, removed: 1 }, { 'weekend-offer': 'd', 'removed-scenario': 'a' })).toEqual({ answered: 0, total: 4 });
  });
});

describe('answers that still fit the content', () => {
  it('keeps answers and responses that match', () => {
    const answers = { 'make-time': 0, 'name-strengths': 2 };
    const choices = { 'weekend-offer': 'b', 'quiet-student': 'd' };
    expect(answersThatFit(content, answers, choices)).toEqual({ answers, choices });
  });

  it('drops answers to statements and scenarios that no longer exist', () => {
    expect(answersThatFit(content, { 'make-time': 1, 'removed-statement': 2 }, { 'weekend-offer': 'a', 'removed-scenario': 'a' })).toEqual({
      answers: { 'make-time': 1 },
      choices: { 'weekend-offer': 'a' },
    });
  });

  it('drops answers off the frequency scale', () => {
    expect(answersThatFit(content, { 'make-time': 3, 'name-strengths': -1 }, {}).answers).toEqual({});
    expect(answersThatFit(content, { 'make-time': 1.5, 'name-strengths': 2 }, {}).answers).toEqual({ 'name-strengths': 2 });
  });

  it('drops responses that are not among the scenario\'s responses', () => {
    // "d" is a response in the other scenario, not in this one.
    expect(answersThatFit(content, {}, { 'weekend-offer': 'd', 'quiet-student': 'd' }).choices).toEqual({ 'quiet-student': 'd' });
    expect(answersThatFit(content, {}, { 'weekend-offer': '' }).choices).toEqual({});
  });

  it('ignores keys inherited from Object.prototype, even for a statement or scenario called "constructor"', () => {
    const tricky = {
      frequency: content.frequency,
      items: [item('constructor', 'A statement with an unlucky id.')],
      scenarios: [scenario('constructor', 'A scenario with an unlucky id', ['a', 'b', 'c'])],
    };
    const result = answersThatFit(tricky, {}, {});
    expect(result).toEqual({ answers: {}, choices: {} });
    expect(Object.keys(result.answers)).toEqual([]);
    expect(Object.keys(result.choices)).toEqual([]);
  });

  it('keeps only answers the object holds itself, not ones it inherits', () => {
    const answers = Object.create({ 'make-time': 2 }) as Record<string, number>;
    const choices = Object.create({ 'weekend-offer': 'a' }) as Record<string, string>;
    expect(answersThatFit(content, answers, choices)).toEqual({ answers: {}, choices: {} });
  });

  it('builds clean objects from saved answers with a "__proto__" key', () => {
    const answers = JSON.parse('{"__proto__": 1, "make-time": 2}') as Record<string, number>;
    const choices = JSON.parse('{"__proto__": "a", "weekend-offer": "c"}') as Record<string, string>;
    const result = answersThatFit(content, answers, choices);
    expect(result).toEqual({ answers: { 'make-time': 2 }, choices: { 'weekend-offer': 'c' } });
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.choices)).toBe(Object.prototype);
  });

  it('returns new objects and leaves the saved ones as they were', () => {
    const answers = { 'make-time': 1, 'removed-statement': 2 };
    const result = answersThatFit(content, answers, {});
    expect(result.answers).not.toBe(answers);
    expect(answers).toEqual({ 'make-time': 1, 'removed-statement': 2 });
  });
});
