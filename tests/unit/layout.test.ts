import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout rules of docs/architecture.md, checked so that they stay true as
// files are added: content is read in one place, schemas and rules stand on
// their own, and imports use the ~/ alias rather than climbing folders.

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|js)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  name: relative(SRC, path).split('\\').join('/'),
  imports: [...readFileSync(path, 'utf8').matchAll(/(?:^|\s)(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] ?? match[2],
  ),
}));

const importersOf = (test: (specifier: string) => boolean) =>
  files.filter((file) => file.imports.some(test)).map((file) => file.name);

describe('the layout of src/', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.find((file) => file.name === 'collections/content.ts')?.imports).toContain('astro:content');
  });

  it('reads content collections only in src/collections/ and content.config.ts', () => {
    const readers = importersOf((specifier) => specifier === 'astro:content');
    expect(readers.filter((name) => !name.startsWith('collections/') && name !== 'content.config.ts')).toEqual([]);
  });

  it('lets a *.schema.ts import only zod, other schemas and *.rules.ts', () => {
    const schemas = files.filter((file) => file.name.endsWith('.schema.ts'));
    expect(schemas.length).toBeGreaterThan(10);
    const allowed = (specifier: string) => specifier === 'astro/zod' || /\.(schema|rules)$/.test(specifier);
    expect(schemas.flatMap((file) => file.imports.filter((specifier) => !allowed(specifier)).map((specifier) => `${file.name}: ${specifier}`))).toEqual([]);
  });

  it('keeps each *.rules.ts free of imports, so schemas and logic can both use it', () => {
    const rules = files.filter((file) => file.name.endsWith('.rules.ts'));
    expect(rules.length).toBeGreaterThan(2);
    expect(rules.filter((file) => file.imports.length > 0).map((file) => file.name)).toEqual([]);
  });

  it('imports other folders through ~/, never by climbing with ../', () => {
    expect(importersOf((specifier) => specifier.startsWith('../'))).toEqual([]);
  });
});
