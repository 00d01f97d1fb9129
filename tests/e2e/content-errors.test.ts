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

describe('content mistakes fail the build with a clear message', () => {
  it('a guide page with a missing description names the file and the field', () => {
    const root = projectCopy();
    edit(root, 'content/guide/model.mdx', (text) => text.replace(/^description: .*\n/m, ''));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('model.mdx');
    expect(output).toContain('description');
  });

  it('a citation of an unknown key names the file and the key', () => {
    const root = projectCopy();
    edit(root, 'content/guide/making-it-work.mdx', (text) => text.replace('work="decastro2013"', 'work="decastro2031"'));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('making-it-work.mdx');
    expect(output).toContain('"decastro2031"');
  });

  it('a reference with a malformed DOI names the entry and the field', () => {
    const root = projectCopy();
    edit(root, 'content/data/references.yaml', (text) => text.replace('doi: 10.1001/jama.296.9.1103', 'doi: jama.296.9.1103'));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('sambunjak2006');
    expect(output).toContain('doi');
  });
});
