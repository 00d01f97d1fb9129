import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './support/build';

// A faculty author's mistake must stop the build with a message that names the
// file and what is wrong. Each test here builds a copy of the project with one
// mistake, one for each way the build finds and reports a mistake; every other
// mistake is checked, with the same change to the same file and the same
// message, by the check that finds it (tests/unit/contentMistakes.test.ts).

const copies: ProjectCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

// Each mistake: how the build finds it, the file to break, the text to change, and what the message must name.
const MISTAKES = [
  {
    mistake: 'a guide page with a missing description',
    how: 'the collection schema, for a page of the glob loader (named by its file)',
    file: 'content/guide/model.mdx',
    change: (text: string) => text.replace(/^description: .*\n/m, ''),
    named: ['model.mdx', 'description'],
  },
  {
    mistake: 'a self-assessment statement that feeds a scale that does not exist',
    how: "a schema's check of a whole file (superRefine), for the one entry of a data file (named by the entry)",
    file: 'content/data/self-assessment.yaml',
    change: (text: string) => text.replace('feeds: { support: 2 }', 'feeds: { suport: 2 }'),
    named: ['self-assessment', 'Statement "check-after-hard-day" feeds "suport"'],
  },
  {
    mistake: 'two example relationships with the same id',
    how: "Astro's file loader, with prerenderConflictBehavior: 'error' (astro.config.mjs)",
    file: 'content/data/example-relationships.yaml',
    change: (text: string) => text.replace('id: busy-supervisor', 'id: friendly-preceptor'),
    named: ['friendly-preceptor', 'example-relationships.yaml'],
  },
  {
    mistake: 'a citation of an unknown key',
    how: 'a component as a page renders (Cite.astro)',
    file: 'content/guide/making-it-work.mdx',
    change: (text: string) => text.replace('work="decastro2013"', 'work="decastro2031"'),
    named: ['making-it-work.mdx', '"decastro2031"'],
  },
  {
    mistake: 'an alias that leads to a page that does not exist',
    how: 'an integration checking the built pages once the build is done (src/link-previews/build/linkPreviews.ts)',
    file: 'content/data/aliases.yaml',
    change: (text: string) => text.replace('to: /self-assessment/\n  note: A short address', 'to: /self-assesment/\n  note: A short address'),
    named: ['aliases.yaml', 'Alias "/quiz/" leads to "/self-assesment/", but the site has no page there.'],
  },
];

// The builds run at once: each is a child process in a copy of its own. The
// mistakes found while pages render or after the build need a whole build,
// five at a time on two cores: over a minute when the machine is busy, so they
// get the time a build needs (a timeout here says the machine was slow, not
// that the message was wrong).
const BUILD_TIMEOUT_MS = 180_000;

describe.concurrent('content mistakes fail the build with a clear message', () => {
  it.each(MISTAKES)('$mistake ($how) names $named', { timeout: BUILD_TIMEOUT_MS }, async ({ file, change, named }) => {
    const copy = copyProject();
    copies.push(copy);
    copy.edit(file, change);
    const { status, output } = await copy.build();
    expect(status, output).not.toBe(0);
    for (const name of named) expect(output).toContain(name);
  });
});
