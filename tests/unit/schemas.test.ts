import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guidePageSchema } from '~/guide/guidePage.schema';
import { referenceSchema } from '~/references/reference.schema';
import { quadrantSchema } from '~/plot/quadrant.schema';
import { resourceSchema } from '~/references/resource.schema';
import { siteSchema } from '~/site/site.schema';
import { exampleRelationshipSchema } from '~/plot/exampleRelationship.schema';
import { plotWordsSchema } from '~/plot/plotWords.schema';

/** The messages zod gives for invalid data, as "path: message" lines. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const validPage = {
  title: 'The mentoring model',
  description: 'How support, challenge and vision work together.',
  order: 1,
  reviewed: '2026-11-25',
};

describe('guide page frontmatter', () => {
  it('accepts a complete page and reads the review date', () => {
    const page = guidePageSchema.parse(validPage);
    expect(page.reviewed.toISOString().slice(0, 10)).toBe('2026-11-25');
    expect(page.toc).toBe(true);
  });

  it('names a missing description', () => {
    const { description: _omitted, ...page } = validPage;
    expect(problems(guidePageSchema.safeParse(page))).toEqual([expect.stringMatching(/^description: /)]);
  });

  it('explains a description too short for a link preview', () => {
    expect(problems(guidePageSchema.safeParse({ ...validPage, description: 'Short.' }))).toEqual([
      expect.stringContaining('description: Write a description of at least 20 characters'),
    ]);
  });

  it('rejects a review date that is not a date, and a fractional order', () => {
    const messages = problems(guidePageSchema.safeParse({ ...validPage, reviewed: 'last week', order: 1.5 }));
    expect(messages).toContain('order: order must be a whole number.');
    expect(messages).toContain('reviewed: reviewed must be a date written as YYYY-MM-DD.');
  });
});

const validArticle = {
  id: 'rose2005',
  type: 'article',
  group: 'handout',
  authors: ['Rose GL'],
  title: 'Informal mentoring between faculty and medical students',
  journal: 'Acad Med',
  year: 2005,
  doi: '10.1097/00001888-200504000-00007',
  pmid: '15793017',
};

describe('references', () => {
  it('accepts an article and a book', () => {
    expect(referenceSchema.safeParse(validArticle).success).toBe(true);
    expect(
      referenceSchema.safeParse({ id: 'daloz1986', type: 'book', group: 'handout', authors: ['Daloz LA'], title: 'Mentor', year: 1986 }).success,
    ).toBe(true);
  });

  it('explains how to write an author', () => {
    expect(problems(referenceSchema.safeParse({ ...validArticle, authors: ['G. L. Rose'] }))).toEqual([
      'authors.0: Write each author as surname then initials, for example "Rose GL".',
    ]);
  });

  it('rejects a malformed DOI, a PubMed ID with letters and an article with no journal', () => {
    const { journal: _omitted, ...noJournal } = validArticle;
    const messages = problems(referenceSchema.safeParse({ ...noJournal, doi: 'doi.org/10.1097/x', pmid: 'PMID15793017' }));
    expect(messages.map((message) => message.split(':')[0]).sort()).toEqual(['doi', 'journal', 'pmid']);
  });

  it('rejects an unknown type and a key that is not surname plus year', () => {
    expect(problems(referenceSchema.safeParse({ ...validArticle, type: 'website' }))).toEqual([
      expect.stringContaining('type must be "book" or "article"'),
    ]);
    expect(problems(referenceSchema.safeParse({ ...validArticle, id: 'Rose 2005' }))[0]).toMatch(/^id: /);
  });
});

describe('the content files themselves', () => {
  const load = (file: string) => parse(readFileSync(new URL(`../../content/data/${file}`, import.meta.url), 'utf8'));

  it('every reference in references.yaml is valid and has a unique key', () => {
    const references = load('references.yaml') as unknown[];
    const parsed = references.map((entry) => referenceSchema.parse(entry));
    const keys = parsed.map((ref) => ref.id);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['daloz1986', 'rose2005', 'palmer1998']));
  });

  it('quadrants.yaml, resources.yaml and site.yaml are valid', () => {
    for (const quadrant of load('quadrants.yaml')) quadrantSchema.parse(quadrant);
    for (const resource of load('resources.yaml')) resourceSchema.parse(resource);
    siteSchema.parse(load('site.yaml').site);
  });

  it("site.yaml's locale writes dates in en-GB unless it names another language tag", () => {
    const { locale: _omitted, ...withoutLocale } = load('site.yaml').site;
    expect(siteSchema.parse(withoutLocale).locale).toBe('en-GB');
    expect(siteSchema.parse({ ...withoutLocale, locale: 'en-US' }).locale).toBe('en-US');
    expect(problems(siteSchema.safeParse({ ...withoutLocale, locale: 'en_GB' }))).toEqual(['locale: locale must be a language tag such as en-GB or en-US.']);
  });

  it('a quadrant must be one of the four in the model', () => {
    expect(problems(quadrantSchema.safeParse({ id: 'comfort', name: 'Comfort', experience: 'x', nextStep: 'y' }))).toEqual([
      'id: id must be one of stasis, confirmation, retreat, growth.',
    ]);
  });

  it('example-relationships.yaml and plot.yaml are valid, with unique example ids', () => {
    const examples = (load('example-relationships.yaml') as unknown[]).map((entry) => exampleRelationshipSchema.parse(entry));
    expect(new Set(examples.map((example) => example.id)).size).toBe(examples.length);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    plotWordsSchema.parse(load('plot.yaml').plot);
  });
});

describe('words with placeholders and copy buttons', () => {
  const load = (file: string) => parse(readFileSync(new URL(`../../content/data/${file}`, import.meta.url), 'utf8'));
  const plot = () => load('plot.yaml').plot;
  const site = () => load('site.yaml').site;

  it('asks to keep each placeholder a template needs, naming the field', () => {
    expect(problems(plotWordsSchema.safeParse({ ...plot(), coordinates: '(support {support})' }))).toEqual([
      'coordinates: Keep {support} and {challenge} in these words: the site puts the values there.',
    ]);
    expect(problems(siteSchema.safeParse({ ...site(), page: { ...site().page, sectionLink: 'Link to section' } }))).toEqual([
      'page.sectionLink: Keep {section} in these words: the site puts the value there.',
    ]);
  });

  it('needs every word of a copy button', () => {
    const { failed: _omitted, ...copyLink } = plot().copyLink;
    expect(problems(plotWordsSchema.safeParse({ ...plot(), copyLink }))).toEqual([expect.stringMatching(/^copyLink\.failed: /)]);
    expect(problems(plotWordsSchema.safeParse({ ...plot(), copyLink: { ...plot().copyLink, label: '  ' } }))).toEqual([
      expect.stringMatching(/^copyLink\.label: /),
    ]);
  });
});

describe('example relationships', () => {
  const valid = { id: 'friendly-preceptor', name: 'The friendly preceptor', support: 8, challenge: 2, explanation: 'Warm, never stretched.' };

  it('accepts a complete example', () => {
    expect(problems(exampleRelationshipSchema.safeParse(valid))).toEqual([]);
  });

  it('explains a rating off the 1-10 scale or not a whole number', () => {
    expect(problems(exampleRelationshipSchema.safeParse({ ...valid, support: 11, challenge: 2.5 }))).toEqual([
      'support: support must be at most 10.',
      'challenge: challenge must be a whole number from 1 to 10.',
    ]);
    expect(problems(exampleRelationshipSchema.safeParse({ ...valid, support: 'high' }))).toEqual([
      'support: support must be a whole number from 1 to 10.',
    ]);
  });

  it('asks for an id that can go in a link', () => {
    expect(problems(exampleRelationshipSchema.safeParse({ ...valid, id: 'Friendly Preceptor' }))).toEqual([
      'id: id must be lowercase letters, digits and hyphens, e.g. friendly-preceptor.',
    ]);
  });
});
