import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { selfAssessmentSchema } from '~/assessment/selfAssessment.schema';
import { plotWordsSchema } from '~/plot/plotWords.schema';

// The self-assessment's and the grid's words with {placeholders}: a template an
// author edits must keep the placeholders the site fills, and the build says
// which field lost one. ({max}, the top of the ratings, may be left out.)

const load = (file: string) => parse(readFileSync(new URL(`../../content/data/${file}`, import.meta.url), 'utf8'));
const assessment = () => load('self-assessment.yaml')['self-assessment'];
const plot = () => load('plot.yaml').plot;

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Every string under `value` with its path: ["results.completed", "Completed {when}."]. */
function strings(value: unknown, path: string[] = []): [string[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => strings(child, [...path, key]));
  return [];
}

const WORD_GROUPS = ['form', 'announcements', 'results', 'history', 'summary', 'scoringKey'] as const;

/** A copy of `data` with the string at `path` replaced. */
function withText(data: Record<string, unknown>, path: string[], text: string): Record<string, unknown> {
  const copy = structuredClone(data);
  let target = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path[path.length - 1]] = text;
  return copy;
}

describe("the self-assessment's words", () => {
  it('are valid in content/data/self-assessment.yaml', () => {
    expect(problems(selfAssessmentSchema.safeParse(assessment()))).toEqual([]);
  });

  const templates = WORD_GROUPS.flatMap((group) => strings(assessment()[group], [group])).filter(([, text]) => /\{(?!max\})\w+\}/.test(text));

  it('have templates to check', () => {
    expect(templates.length).toBeGreaterThan(20);
  });

  it.each(templates.map(([path, text]) => [path.join('.'), path, text] as const))('%s must keep its placeholders', (name, path, text) => {
    const without = text.replace(/\{(?!max\})\w+\}/g, '');
    expect(problems(selfAssessmentSchema.safeParse(withText(assessment(), path, without)))).toEqual([
      expect.stringMatching(new RegExp(`^${name.replace(/\./g, '\\.')}: Keep \\{`)),
    ]);
  });

  it('need every word, naming the one missing', () => {
    const data = assessment();
    delete data.history.columns.vision;
    expect(problems(selfAssessmentSchema.safeParse(data))).toEqual([expect.stringMatching(/^history\.columns\.vision: /)]);
  });
});

describe("the grid's drawing words", () => {
  it('keep {quadrants} in the description, and need the vision label', () => {
    const words = plot();
    expect(problems(plotWordsSchema.safeParse({ ...words, drawing: { ...words.drawing, description: 'The support/challenge grid.' } }))).toEqual([
      'drawing.description: Keep {quadrants} in these words: the site puts the value there.',
    ]);
    expect(problems(plotWordsSchema.safeParse({ ...words, drawing: { description: words.drawing.description } }))).toEqual([
      expect.stringMatching(/^drawing\.vision: /),
    ]);
  });
});
