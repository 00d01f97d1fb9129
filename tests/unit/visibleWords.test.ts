import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every word a reader sees or hears lives in content/, so that faculty authors
// can change it without touching a component. This scan reads the views
// (src/**/*.tsx and *.astro) and the plain modules they use (see isView) for words written
// into the code: JSX text, literal attributes that are read out (labels,
// titles, alt text) and sentence-like strings. A word it finds belongs in the
// feature's content file (passed in as a prop, or in a script's module built
// from the content); every file is scanned.

const SRC = join(import.meta.dirname, '../../src');

/** Attributes whose literal values a reader never sees or hears. */
const TECHNICAL_ATTRIBUTES = new Set([
  'class', 'id', 'type', 'href', 'src', 'rel', 'target', 'role', 'name', 'for', 'key', 'lang', 'charset', 'content', 'http-equiv',
  'viewBox', 'd', 'fill', 'refX', 'refY', 'markerWidth', 'markerHeight', 'orient', 'width', 'height', 'r', 'cx', 'cy', 'x', 'y',
  'method', 'action', 'autocomplete', 'inputmode', 'enterkeyhint', 'spellcheck', 'autocapitalize', 'loading', 'decoding', 'media',
  'property', 'sizes', 'crossorigin', 'as', 'slot', 'datetime', 'aria-live', 'aria-hidden', 'aria-current', 'aria-pressed',
  'aria-modal', 'aria-atomic', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-haspopup', 'aria-expanded', 'tabindex',
  'is:inline', 'set:html', 'hidden', 'readonly', 'disabled', 'step', 'min', 'max', 'value', 'rows', 'transform', 'marker-end',
  'scope', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'idPrefix', 'client:visible', 'client:load',
  // The plot's look ("page" or "room"): a choice of layout, not words.
  'look',
  // SiteQr's class prefix ("handout") and the page it encodes ("feedback/learner/").
  'prefix', 'path',
  // Key names, in the form the ARIA attribute requires ("Control+K"), not words.
  'aria-keyshortcuts',
]);

/** Plain modules that check content when the site is built: their problems are told to authors in the terminal. */
const CONTENT_CHECKS = ['aliases/aliases.ts'];

/**
 * A file whose strings can reach a reader: every view (.tsx, .astro) and every
 * plain .ts module that runs in a page or its build (hooks, live messages, the
 * copied summary, browser code). Left out: schemas and rules, whose messages
 * are for the content's authors, the build integrations, and type declarations.
 */
function isView(path: string): boolean {
  if (/\.(tsx|astro)$/.test(path)) return true;
  if (CONTENT_CHECKS.some((file) => path.endsWith(file))) return false;
  return /\.ts$/.test(path) && !/\.(schema|rules|d)\.ts$/.test(path) && !/[\\/]build[\\/]/.test(path);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return isView(path) ? [path] : [];
  });
}

/** The source without comments (JS, JSX and HTML ones); strings such as "https://" keep their slashes. */
function withoutComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}

/**
 * The source without the messages that stop the build (a thrown Error, a
 * content check's list of problems): they are for the site's authors and
 * developers, in the terminal, never on a page.
 */
function withoutBuildMessages(source: string): string {
  return source.replace(/\bnew Error\([\s\S]*?\);/g, '').replace(/\bproblems\.push\([\s\S]*?\);/g, '');
}

/** The part of an .astro file that renders: its template, without the frontmatter script, styles and inline scripts. */
function renderedPart(source: string, file: string): string {
  const template = file.endsWith('.astro') ? source.replace(/^---[\s\S]*?\n---/, '') : source;
  return template.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
}

/** Words written into a view: JSX or HTML text, read-out literal attributes, sentence-like strings. */
export function wordsInCode(source: string, file: string): string[] {
  const code = renderedPart(withoutBuildMessages(withoutComments(source)), file);
  const found: string[] = [];
  // Text between tags (or a tag and an expression): "<p>Move the marker</p>".
  // (Not in plain .ts, where "<" and ">" are type arguments and comparisons.)
  const markup = file.endsWith('.ts') ? '' : code;
  for (const match of markup.matchAll(/(?<![=-])>([^<>{}=]*?[A-Za-z]{2,}[^<>{}=]*?)(?=[<{])/g)) {
    const text = match[1].trim();
    // Code between tags, not text: "count > 0 && <p>", "x > y); return (",
    // and type arguments in props ("Ref<T>; onSave?: Ref<U>").
    if (!/&&|\|\||\breturn\b|\bconst\b|;\s*\w+\??:/.test(text)) found.push(text);
  }
  // A literal attribute a reader hears or sees: aria-label="Guide", label="Support".
  for (const match of markup.matchAll(/\s([a-zA-Z:-]+)="([^"]*[A-Za-z]{2,}[^"]*)"/g)) {
    const [, attribute, value] = match;
    if (!TECHNICAL_ATTRIBUTES.has(attribute) && !attribute.startsWith('data-')) found.push(value);
  }
  // A sentence in a string: 'Leave full screen', `Completed ${when}.`
  for (const line of code.split('\n')) {
    if (/\b(Error|console|logger)\b/.test(line)) continue;
    for (const match of line.matchAll(/(['`])([A-Z][a-z]+ [^'`]*)\1/g)) found.push(match[2]);
  }
  return [...new Set(found.map((text) => text.replace(/\s+/g, ' ').trim()))];
}

describe('the scan for words in code', () => {
  it('finds JSX text, read-out attributes and sentences in strings', () => {
    const source = [
      '// A comment: Never mind this.',
      'export const View = () => (',
      '  <div class="plot-share" data-state="open">',
      '    <p aria-label="Mentoring relationship">Move the marker</p>',
      '    <Slider label="Support" onChange={(x) => x > 1} />',
      "    {on ? 'Leave full screen' : words.present}",
      '    <a href="https://example.org/">{words.link}</a>',
      '  </div>',
      ');',
    ].join('\n');
    expect(wordsInCode(source, 'View.tsx').sort()).toEqual(['Leave full screen', 'Mentoring relationship', 'Move the marker', 'Support']);
  });

  it('reads only the template of an .astro file', () => {
    const source = "---\nconst title = 'Not Rendered here';\n---\n<h2>On this page</h2>\n<style>.a > b { color: red }</style>";
    expect(wordsInCode(source, 'Toc.astro')).toEqual(['On this page']);
  });
});

describe('the words readers see', () => {
  const files = sourceFiles(SRC).map((path) => relative(SRC, path).split('\\').join('/'));

  it('scans the views', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('come from content/, not from the code', () => {
    const inCode = files
      .flatMap((file) => wordsInCode(readFileSync(join(SRC, file), 'utf8'), file).map((words) => `${file}: ${words}`));
    expect(inCode).toEqual([]);
  });
});
