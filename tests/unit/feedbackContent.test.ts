import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { feedbackSchema } from '~/feedback/feedback.schema';

// content/data/feedback.yaml against its schema, and the mistakes an author
// might make, each with a message that says what to do.

const content = parse(readFileSync(new URL('../../content/data/feedback.yaml', import.meta.url), 'utf8')).feedback;
const messages = (value: unknown) => {
  const result = feedbackSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('content/data/feedback.yaml', () => {
  it('passes its schema', () => {
    expect(messages(content)).toEqual([]);
  });

  it.each([
    ['four statements', { statements: content.statements.slice(0, 4) }, 'statements: Give at least five statements'],
    ['nine statements', { statements: [...content.statements, ...content.statements.slice(0, 3)].map((s: object, i: number) => ({ ...s, id: `s-${i}` })) }, 'statements: Give at most eight statements'],
    ['two statements with one id', { statements: content.statements.map((s: object) => ({ ...s, id: 'same' })) }, 'statements: Each statement needs an id of its own.'],
    ['no statement for vision', { statements: content.statements.map((s: { scale: string }) => ({ ...s, scale: s.scale === 'vision' ? 'support' : s.scale })) }, 'statements: Give at least one statement for each of support, challenge and vision.'],
    ['an unknown scale', { statements: content.statements.map((s: object, i: number) => (i === 0 ? { ...s, scale: 'kindness' } : s)) }, 'statements.0.scale: scale must be one of: support, challenge, vision.'],
    ['four answers', { answers: content.answers.slice(0, 4) }, 'answers: Give exactly five answers'],
    ['{count} taken out', { learner: { ...content.learner, unanswered: 'Answer every statement.' } }, 'learner.unanswered: Keep {count}'],
  ])('names the field when it has %s', (_, change, message) => {
    expect(messages({ ...content, ...change }).join('\n')).toContain(message);
  });
});
