import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from './support/sites';

// A faculty author's mistake must stop the build with a message that names the
// file and what is wrong. Each test builds a copy of the project with one mistake.

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

function projectCopy(): string {
  copy = mkdtempSync(join(tmpdir(), 'mentoring-build-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

function build(root: string) {
  const result = spawnSync('astro', ['build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: 'dist' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// Each mistake: the file to break, the text to change, and what the message must name.
const MISTAKES = [
  {
    mistake: 'a guide page with a missing description',
    file: 'content/guide/model.mdx',
    change: (text: string) => text.replace(/^description: .*\n/m, ''),
    named: ['model.mdx', 'description'],
  },
  {
    mistake: 'a citation of an unknown key',
    file: 'content/guide/making-it-work.mdx',
    change: (text: string) => text.replace('work="decastro2013"', 'work="decastro2031"'),
    named: ['making-it-work.mdx', '"decastro2031"'],
  },
  {
    mistake: 'a reference with a malformed DOI',
    file: 'content/data/references.yaml',
    change: (text: string) => text.replace('doi: 10.1001/jama.296.9.1103', 'doi: jama.296.9.1103'),
    named: ['sambunjak2006', 'doi'],
  },
  {
    mistake: 'an example relationship rated off the 1-10 scale',
    file: 'content/data/example-relationships.yaml',
    change: (text: string) => text.replace('support: 8\n  challenge: 2', 'support: 12\n  challenge: 2'),
    named: ['friendly-preceptor', 'support', 'at most 10'],
  },
  {
    mistake: 'two example relationships with the same id',
    file: 'content/data/example-relationships.yaml',
    change: (text: string) => text.replace('id: busy-supervisor', 'id: friendly-preceptor'),
    named: ['friendly-preceptor', 'example-relationships.yaml'],
  },
  {
    mistake: 'a self-assessment statement that feeds a scale that does not exist',
    file: 'content/data/self-assessment.yaml',
    change: (text: string) => text.replace('feeds: { support: 2 }', 'feeds: { suport: 2 }'),
    named: ['self-assessment', 'Statement "check-after-hard-day" feeds "suport"'],
  },
  {
    mistake: 'a self-assessment scenario with no best answer',
    file: 'content/data/self-assessment.yaml',
    change: (text: string) => text.replace('quadrant: growth\n          best: true\n', 'quadrant: growth\n'),
    named: ['self-assessment', 'Scenario "weekend-project" has no response marked best: true'],
  },
  {
    mistake: 'a self-assessment statement weighted off the 1-3 scale',
    file: 'content/data/self-assessment.yaml',
    change: (text: string) => text.replace('feeds: { vision: 2 }', 'feeds: { vision: 5 }'),
    named: ['self-assessment', 'items.9.feeds.vision', 'A weight must be 1, 2 or 3.'],
  },
  {
    mistake: 'conversation card steps whose minutes do not add up to five',
    file: 'content/data/conversation-card.yaml',
    change: (text: string) => text.replace('title: Open\n      minutes: 0.5', 'title: Open\n      minutes: 1'),
    named: ['conversation-card', 'steps', "The steps' minutes add up to 5.5, not 5"],
  },
  {
    mistake: 'a home page without the quotation the handout prints',
    file: 'content/guide/index.mdx',
    change: (text: string) => text.replace(/<Quote [^>]*>.*<\/Quote>\n/, ''),
    named: ['content/guide/index.mdx has no <Quote'],
  },
  {
    mistake: 'an alias that leads to a page that does not exist',
    file: 'content/data/aliases.yaml',
    change: (text: string) => text.replace('to: /self-assessment/\n  note: A short address', 'to: /self-assesment/\n  note: A short address'),
    named: ['aliases.yaml', 'Alias "/quiz/" leads to "/self-assesment/", but the site has no page there.'],
  },
  {
    mistake: 'an alias that leads to another alias',
    file: 'content/data/aliases.yaml',
    change: (text: string) => text.replace('to: /dos-and-donts/\n  note: A short address', 'to: /donts/\n  note: A short address'),
    named: ['aliases.yaml', 'Alias "/dos/" leads to "/donts/", which is itself an alias; point it straight at "/dos-and-donts/".'],
  },
  {
    mistake: 'an alias that takes the address of a guide page',
    file: 'content/data/aliases.yaml',
    change: (text: string) => text.replace('/sources/:', '/making-it-work/:'),
    named: ['aliases.yaml', 'Alias "/making-it-work/" takes the address of a real page'],
  },
  {
    mistake: 'an email link on the share page to a section that does not exist',
    file: 'content/data/share.yaml',
    change: (text: string) => text.replace('link: /model/#support-challenge-and-vision', 'link: /model/#support-and-challenge'),
    named: ['share.yaml', 'readFirst link "/model/#support-and-challenge": the page /model/ has no section "#support-and-challenge".'],
  },
  {
    mistake: "a session plan whose segments' minutes do not add up to its length",
    file: 'content/data/sessions.yaml',
    change: (text: string) => text.replace('title: Support and challenge, on the plot\n          minutes: 8', 'title: Support and challenge, on the plot\n          minutes: 9'),
    named: ['sessions', 'Plan "30": its segments add up to 31 minutes, but the plan says minutes: 30'],
  },
];

describe('content mistakes fail the build with a clear message', () => {
  it.each(MISTAKES)('$mistake names $named', ({ file, change, named }) => {
    const root = projectCopy();
    edit(root, file, change);
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    for (const name of named) expect(output).toContain(name);
  });
});
