import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { parseAliases, shadowingProblems } from '~/aliases/aliases';
import { guidePath } from '~/site/navigation';
import { resolveEmailLinks, type OutlinePage } from '~/share/share';
import { sectionOutline } from '~/guide/toc';
import { aliasSchema } from '~/aliases/alias.schema';
import { conversationCardSchema } from '~/card/conversationCard.schema';
import { exampleRelationshipSchema } from '~/plot/exampleRelationship.schema';
import { referenceSchema } from '~/references/reference.schema';
import { selfAssessmentSchema } from '~/assessment/selfAssessment.schema';
import { sessionsSchema } from '~/facilitator/sessions.schema';
import { shareSchema } from '~/share/share.schema';

// A faculty author's mistake must stop the build with a message that names the
// file and what is wrong. tests/e2e/content-errors.test.ts proves with real
// builds that each way the build reports a mistake does (a schema, a check of
// a file as a whole, the file loader, a page as it renders, the built site's
// check); here every other mistake is made in the real content file, with the
// same change, and put through the check the build runs on it, which must give
// the message the build prints. The message's file comes from Astro (a data
// file's entry, such as "self-assessment") or, for the checks that pages run,
// is part of the message.

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

/** The file's text with one change made; fails if the change no longer changes anything (the file was reworded). */
function changed(file: string, change: (text: string) => string): string {
  const before = read(file);
  const after = change(before);
  expect(after, `the change to ${file}`).not.toBe(before);
  return after;
}

interface Checked {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}

/** A schema's complaints, as "path: message" lines, as Astro prints them under the entry's name. */
const issues = (result: Checked): string[] =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

/** For a file of entries (a YAML list with ids), each entry that fails its schema, with its complaints. */
function failingEntries(entries: { id: string }[], schema: { safeParse: (data: unknown) => Checked }): [string, string[]][] {
  return entries.map((entry): [string, string[]] => [entry.id, issues(schema.safeParse(entry))]).filter(([, found]) => found.length > 0);
}

/** The error message a check throws ('' if it throws none). */
function thrown(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('a mistake in a list of entries is named by entry and field', () => {
  it('a reference with a malformed DOI: sambunjak2006, doi', () => {
    const file = 'content/data/references.yaml';
    expect(failingEntries(parse(read(file)), referenceSchema)).toEqual([]);
    const references = parse(changed(file, (text) => text.replace('doi: 10.1001/jama.296.9.1103', 'doi: jama.296.9.1103')));
    expect(failingEntries(references, referenceSchema)).toEqual([['sambunjak2006', [expect.stringMatching(/^doi: /)]]]);
  });

  it('an example relationship rated off the 1-10 scale: friendly-preceptor, support, at most 10', () => {
    const file = 'content/data/example-relationships.yaml';
    expect(failingEntries(parse(read(file)), exampleRelationshipSchema)).toEqual([]);
    const examples = parse(changed(file, (text) => text.replace('support: 8\n  challenge: 2', 'support: 12\n  challenge: 2')));
    expect(failingEntries(examples, exampleRelationshipSchema)).toEqual([['friendly-preceptor', ['support: support must be at most 10.']]]);
  });
});

describe('a mistake in a file of one entry is named by field, with what is wrong', () => {
  /** The one entry of a data file ("self-assessment", "sessions"...) checked by its schema. */
  const entryIssues = (file: string, entry: string, schema: { safeParse: (data: unknown) => Checked }, change?: (text: string) => string) =>
    issues(schema.safeParse(parse(change ? changed(file, change) : read(file))[entry]));

  it('the files as they are have no mistakes', () => {
    expect(entryIssues('content/data/self-assessment.yaml', 'self-assessment', selfAssessmentSchema)).toEqual([]);
    expect(entryIssues('content/data/conversation-card.yaml', 'conversation-card', conversationCardSchema)).toEqual([]);
    expect(entryIssues('content/data/sessions.yaml', 'sessions', sessionsSchema)).toEqual([]);
  });

  it('a self-assessment scenario with no best answer', () => {
    const found = entryIssues('content/data/self-assessment.yaml', 'self-assessment', selfAssessmentSchema, (text) =>
      text.replace('quadrant: growth\n          best: true\n', 'quadrant: growth\n'),
    );
    expect(found).toEqual([expect.stringContaining('Scenario "weekend-project" has no response marked best: true')]);
  });

  it('a self-assessment statement weighted off the 1-3 scale', () => {
    const found = entryIssues('content/data/self-assessment.yaml', 'self-assessment', selfAssessmentSchema, (text) =>
      text.replace('feeds: { vision: 2 }', 'feeds: { vision: 5 }'),
    );
    expect(found).toEqual(['items.9.feeds.vision: A weight must be 1, 2 or 3.']);
  });

  it('conversation card steps whose minutes do not add up to five', () => {
    const found = entryIssues('content/data/conversation-card.yaml', 'conversation-card', conversationCardSchema, (text) =>
      text.replace('title: Open\n      minutes: 0.5', 'title: Open\n      minutes: 1'),
    );
    expect(found).toEqual([expect.stringMatching(/^steps: The steps' minutes add up to 5\.5, not 5/)]);
  });

  it("a session plan whose segments' minutes do not add up to its length", () => {
    const found = entryIssues('content/data/sessions.yaml', 'sessions', sessionsSchema, (text) =>
      text.replace('title: Support and challenge, on the plot\n          minutes: 8', 'title: Support and challenge, on the plot\n          minutes: 9'),
    );
    expect(found).toEqual([expect.stringContaining('Plan "30": its segments add up to 31 minutes, but the plan says minutes: 30')]);
  });

  it('a segment with nothing for the room view, and a room piece that does not exist', () => {
    const withoutRoom = entryIssues('content/data/sessions.yaml', 'sessions', sessionsSchema, (text) =>
      text.replace(/\n          room:\n            prompt: "Where would the mentor you thought of[^\n]*\n            show: plot/, ''),
    );
    expect(withoutRoom).toEqual([expect.stringContaining('Plan "30", segment "the-model" has no room')]);
    const unknownPiece = entryIssues('content/data/sessions.yaml', 'sessions', sessionsSchema, (text) => text.replace('show: dos-and-donts', 'show: slides'));
    expect(unknownPiece).toEqual([expect.stringContaining('show must be one of quote, plot, dos-and-donts')]);
  });
});

describe('a mistake that a page finds as it is built names the file', () => {
  /** The aliases as src/collections/content.ts reads them: each entry's address and its checked "to:". */
  const aliasesIn = (text: string) =>
    Object.entries(parse(text) as Record<string, unknown>).map(([from, entry]) => ({ from, to: aliasSchema.parse(entry).to }));
  const guidePaths = () =>
    readdirSync(new URL('content/guide/', root))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => guidePath(file.replace(/\.mdx$/, '')));

  it('the aliases as they are pass both checks', () => {
    const aliases = parseAliases(aliasesIn(read('content/data/aliases.yaml')));
    expect(aliases.length).toBeGreaterThan(0);
    expect(shadowingProblems(aliases, guidePaths())).toEqual([]);
  });

  it('an alias that leads to another alias (src/collections/content.ts, for every page)', () => {
    const text = changed('content/data/aliases.yaml', (yaml) => yaml.replace('to: /dos-and-donts/\n  note: A short address', 'to: /donts/\n  note: A short address'));
    const message = thrown(() => parseAliases(aliasesIn(text)));
    expect(message).toContain('content/data/aliases.yaml');
    expect(message).toContain('Alias "/dos/" leads to "/donts/", which is itself an alias; point it straight at "/dos-and-donts/".');
  });

  it('an alias that takes the address of a guide page (src/pages/[...alias].astro, which names content/data/aliases.yaml)', () => {
    const text = changed('content/data/aliases.yaml', (yaml) => yaml.replace('/sources/:', '/making-it-work/:'));
    expect(shadowingProblems(parseAliases(aliasesIn(text)), guidePaths())).toEqual([
      'Alias "/making-it-work/" takes the address of a real page; remove the alias or rename the page.',
    ]);
  });

  it('an email link on the share page to a section that does not exist (src/pages/share.astro)', () => {
    // The guide's pages with their sections, as the share page reads them: the
    // ## and ### headings, with the ids Astro gives them (lower case, punctuation
    // dropped, spaces to hyphens).
    const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const pages: OutlinePage[] = readdirSync(new URL('content/guide/', root))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const source = read(`content/guide/${file}`);
        const headings = [...source.matchAll(/^(#{2,3}) (.+)$/gm)].map(([, hashes, text]) => ({ depth: hashes.length, text, slug: slug(text) }));
        return { title: source.match(/^title: (.*)$/m)?.[1] ?? file, path: guidePath(file.replace(/\.mdx$/, '')), sections: sectionOutline(headings) };
      });
    const readFirst = (text: string) => shareSchema.parse(parse(text).share).email.readFirst;
    expect(resolveEmailLinks(readFirst(read('content/data/share.yaml')), pages).length).toBeGreaterThan(0);

    const text = changed('content/data/share.yaml', (yaml) => yaml.replace('link: /model/#support-challenge-and-vision', 'link: /model/#support-and-challenge'));
    const message = thrown(() => resolveEmailLinks(readFirst(text), pages));
    expect(message).toContain('share.yaml');
    expect(message).toContain('readFirst link "/model/#support-and-challenge": the page /model/ has no section "#support-and-challenge".');
  });
});

// The handout and the worksheet read the home page's quotation through Astro's
// content collections; here the collection gives them the home page's source.
const home = vi.hoisted(() => ({ body: '' }));
vi.mock('astro:content', () => ({
  getEntry: async (collection: string, id: string) => (collection === 'guide' && id === 'index' ? { id, body: home.body } : undefined),
  getCollection: async () => [],
  render: async () => ({ headings: [] }),
}));

describe('a mistake in a guide page that another page reads', () => {
  it('a home page without the quotation the handout prints', async () => {
    const { homeQuote } = await import('~/collections/handoutSources');
    home.body = read('content/guide/index.mdx');
    expect(await homeQuote()).toMatchObject({ by: 'Parker J. Palmer' });
    home.body = changed('content/guide/index.mdx', (text) => text.replace(/<Quote [^>]*>.*<\/Quote>\n/, ''));
    await expect(homeQuote()).rejects.toThrow('content/guide/index.mdx has no <Quote');
  });
});
