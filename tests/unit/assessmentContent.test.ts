import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentProblems, REQUIRED_SCALES } from '~/assessment/content.rules';
import { selfAssessmentSchema, type SelfAssessment } from '~/assessment/selfAssessment.schema';

// Small content with nothing wrong; each test breaks one thing in a fresh copy.
function fineContent() {
  return {
    scales: [{ id: 'support' }, { id: 'challenge' }, { id: 'vision' }, { id: 'ask-questions' }],
    items: [
      { id: 'make-time', feeds: { support: 1, vision: 1 } as Record<string, number> },
      { id: 'ask-before-advising', feeds: { challenge: 1, 'ask-questions': 2 } as Record<string, number> },
    ],
    scenarios: [
      {
        id: 'weekend-offer',
        options: [
          { id: 'a', best: false },
          { id: 'b', best: true },
          { id: 'c', best: false },
        ],
      },
      {
        id: 'quiet-student',
        options: [
          { id: 'a', best: true },
          { id: 'b', best: false },
          { id: 'c', best: false },
        ],
      },
    ],
  };
}

describe('checks on the self-assessment as a whole', () => {
  it('finds nothing wrong with fine content', () => {
    expect(contentProblems(fineContent())).toEqual([]);
  });

  it('names a statement that feeds a scale that does not exist, and the scale', () => {
    const content = fineContent();
    content.items[1]!.feeds['ask-question'] = 1;
    expect(contentProblems(content)).toEqual([
      {
        message: 'Statement "ask-before-advising" feeds "ask-question", which is not one of the scales (support, challenge, vision, ask-questions).',
        path: ['items', 1, 'feeds', 'ask-question'],
      },
    ]);
  });

  it('names a scenario with no response marked best', () => {
    const content = fineContent();
    content.scenarios[1]!.options[0]!.best = false;
    expect(contentProblems(content)).toEqual([
      {
        message: 'Scenario "quiet-student" has no response marked best: true. Mark the one that fits the model best.',
        path: ['scenarios', 1, 'options'],
      },
    ]);
  });

  it('names a scenario with two responses marked best', () => {
    const content = fineContent();
    content.scenarios[0]!.options[2]!.best = true;
    expect(contentProblems(content)).toEqual([
      { message: 'Scenario "weekend-offer" has 2 responses marked best: true. Mark exactly one.', path: ['scenarios', 0, 'options'] },
    ]);
  });

  it('names an id used twice, once however often it repeats', () => {
    const content = fineContent();
    content.scales.push({ id: 'challenge' });
    content.items.push({ id: 'make-time', feeds: { support: 1 } }, { id: 'make-time', feeds: { support: 1 } });
    content.scenarios.push({ ...content.scenarios[0]!, options: content.scenarios[0]!.options.map((option) => ({ ...option })) });
    content.scenarios[1]!.options[2]!.id = 'b';
    expect(contentProblems(content)).toEqual([
      { message: 'Two scales have the id "challenge"; give each its own.', path: ['scales'] },
      { message: 'Two statements have the id "make-time"; give each its own.', path: ['items'] },
      { message: 'Two scenarios have the id "weekend-offer"; give each its own.', path: ['scenarios'] },
      { message: 'Scenario "quiet-student" has two responses with the id "b".', path: ['scenarios', 1, 'options'] },
    ]);
  });

  it('asks for each of support, challenge and vision', () => {
    expect(REQUIRED_SCALES).toEqual(['support', 'challenge', 'vision']);
    for (const id of REQUIRED_SCALES) {
      const content = fineContent();
      content.scales = content.scales.filter((scale) => scale.id !== id);
      for (const item of content.items) delete item.feeds[id];
      expect(contentProblems(content), id).toEqual([{ message: `The scales must include "${id}": the results need it.`, path: ['scales'] }]);
    }
  });

  it('also names the statements that feed a required scale when the scale is missing', () => {
    const content = fineContent();
    content.scales = content.scales.filter((scale) => scale.id !== 'vision');
    expect(contentProblems(content).map((problem) => problem.message)).toEqual([
      'The scales must include "vision": the results need it.',
      'Statement "make-time" feeds "vision", which is not one of the scales (support, challenge, ask-questions).',
    ]);
  });

  it('names a scale that no statement feeds, as it could never be scored', () => {
    const content = fineContent();
    content.scales.push({ id: 'track-progress' });
    expect(contentProblems(content)).toEqual([
      {
        message: 'No statement feeds the scale "track-progress", so it could never be scored. Add it to a statement\'s feeds, or remove the scale.',
        path: ['scales', 4],
      },
    ]);
  });
});

const realFile = new URL('../../content/data/self-assessment.yaml', import.meta.url);
/** The self-assessment as written in the content file, before the schema has read it. */
const rawContent = () => (parse(readFileSync(realFile, 'utf8')) as { 'self-assessment': Record<string, unknown> })['self-assessment'];

describe('the real self-assessment content', () => {
  const content: SelfAssessment = selfAssessmentSchema.parse(rawContent());

  it('passes the schema, with nothing wrong as a whole', () => {
    const result = selfAssessmentSchema.safeParse(rawContent());
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
    expect(contentProblems(content)).toEqual([]);
  });

  it('fails the schema, naming the scenario, when one scenario has no best response', () => {
    const broken = structuredClone(rawContent()) as { scenarios: { id: string; options: { best?: boolean }[] }[] };
    for (const option of broken.scenarios[0]!.options) delete option.best;
    const result = selfAssessmentSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => ({ message: issue.message, path: issue.path }))).toEqual([
      {
        message: `Scenario "${broken.scenarios[0]!.id}" has no response marked best: true. Mark the one that fits the model best.`,
        path: ['scenarios', 0, 'options'],
      },
    ]);
  });

  it('has a scale for each of the handout\'s five do\'s and four don\'ts', () => {
    expect(content.scales.filter((scale) => scale.group === 'do')).toHaveLength(5);
    expect(content.scales.filter((scale) => scale.group === 'dont')).toHaveLength(4);
    expect(content.scales.filter((scale) => scale.group === 'element').map((scale) => scale.id)).toEqual(['support', 'challenge', 'vision']);
  });

  it('links each do and don\'t to its own section of the do\'s and don\'ts page, in the handout\'s order', () => {
    const page = readFileSync(new URL('../../content/guide/dos-and-donts.mdx', import.meta.url), 'utf8');
    const [, dos = '', donts = ''] = page.split(/^## .*$/m);
    const sections = (part: string) => [...part.matchAll(/^### (.+)$/gm)].map((match) => `dos-and-donts/#${headingSlug(match[1]!)}`);
    expect(sections(dos)).toHaveLength(5);
    expect(sections(donts)).toHaveLength(4);
    expect(content.scales.filter((scale) => scale.group === 'do').map((scale) => scale.guide)).toEqual(sections(dos));
    expect(content.scales.filter((scale) => scale.group === 'dont').map((scale) => scale.guide)).toEqual(sections(donts));
  });

  it('has 12 to 16 statements and 4 to 6 scenarios of three or four responses each', () => {
    expect(content.items.length).toBeGreaterThanOrEqual(12);
    expect(content.items.length).toBeLessThanOrEqual(16);
    expect(content.scenarios.length).toBeGreaterThanOrEqual(4);
    expect(content.scenarios.length).toBeLessThanOrEqual(6);
    for (const scenario of content.scenarios) expect([3, 4], scenario.id).toContain(scenario.options.length);
  });

  it('marks every statement that feeds a don\'t as reverse: true', () => {
    const donts = new Set(content.scales.filter((scale) => scale.group === 'dont').map((scale) => scale.id));
    const feedingDonts = content.items.filter((item) => Object.keys(item.feeds).some((scale) => donts.has(scale)));
    expect(feedingDonts.length).toBeGreaterThanOrEqual(4);
    for (const item of feedingDonts) expect(item.reverse, item.id).toBe(true);
  });

  it('points every scale\'s guide link at a guide page that exists', () => {
    for (const scale of content.scales) {
      const page = scale.guide.split('/')[0]!;
      const file = ['mdx', 'md'].map((ext) => new URL(`../../content/guide/${page}.${ext}`, import.meta.url)).find((url) => existsSync(url));
      expect(file, `${scale.id}: ${scale.guide}`).toBeDefined();
    }
  });

  it('points every scale\'s section link at a heading on that page', () => {
    for (const scale of content.scales) {
      const [page, section] = scale.guide.split('/#');
      if (!section) continue;
      const text = readFileSync(new URL(`../../content/guide/${page}.mdx`, import.meta.url), 'utf8');
      const slugs = [...text.matchAll(/^#{2,6} (.+)$/gm)].map((match) => headingSlug(match[1]!));
      expect(slugs, `${scale.id}: ${scale.guide}`).toContain(section);
    }
  });
});

/** A heading's id as Astro gives it (github-slugger) for plain ASCII headings: lowercase, punctuation dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}
