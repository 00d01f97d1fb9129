import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { conversationCardSchema } from '~/card/conversationCard.schema';
import { handoutSchema } from '~/handout/handout.schema';
import { modelSummarySchema } from '~/guide/modelSummary.schema';

const load = (file: string) => parse(readFileSync(new URL(`../../content/data/${file}`, import.meta.url), 'utf8'));

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('content/data/conversation-card.yaml', () => {
  const card = load('conversation-card.yaml')['conversation-card'];

  it('is valid: five minutes of steps, three stages with questions', () => {
    const parsed = conversationCardSchema.parse(card);
    expect(parsed.steps.reduce((total, step) => total + step.minutes, 0)).toBe(5);
    expect(parsed.stages.map((stage) => stage.id)).toEqual(['pre-clinical', 'clerkship', 'resident']);
  });

  it('fails on steps that do not add up, naming the field', () => {
    const steps = card.steps.map((step: { minutes: number }, index: number) => (index === 0 ? { ...step, minutes: 2 } : step));
    expect(problems(conversationCardSchema.safeParse({ ...card, steps }))).toEqual([
      expect.stringMatching(/^steps: The steps' minutes add up to 6.5, not 5 \(open 2, /),
    ]);
  });

  it('fails on a stage without questions, a repeated stage and a bad link', () => {
    const stages = [{ ...card.stages[0], prompts: [] }, card.stages[1], card.stages[1]];
    expect(problems(conversationCardSchema.safeParse({ ...card, stages, more: [{ text: 'x', href: 'https://example.com' }] }))).toEqual([
      'stages.0.prompts: Give each stage at least one question.',
      expect.stringMatching(/^more\.0\.href: /),
      'stages.2.id: Two stages have the id "clerkship".',
    ]);
    expect(problems(conversationCardSchema.safeParse({ ...card, stages: [card.stages[1], card.stages[1]] }))).toEqual([
      'stages.1.id: Two stages have the id "clerkship".',
    ]);
  });
});

describe('content/data/handout.yaml and model.yaml', () => {
  it('are valid', () => {
    handoutSchema.parse(load('handout.yaml').handout);
    expect(modelSummarySchema.parse(load('model.yaml').model).elements.map((element) => element.id)).toEqual(['support', 'challenge', 'vision']);
  });

  it('the model needs exactly its three elements', () => {
    const model = load('model.yaml').model;
    expect(problems(modelSummarySchema.safeParse({ ...model, elements: model.elements.slice(0, 2) }))).toEqual([
      'elements: Give exactly three elements: support, challenge and vision.',
    ]);
  });
});
