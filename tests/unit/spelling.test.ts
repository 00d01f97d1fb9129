import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The guide's words use UK spelling (docs/authoring.md, "Spelling"). Titles of
// published works keep their own spelling, so references.yaml's `title:` lines
// are left out. "attending" and "clerkship" are clinical terms, not spellings,
// and "program" is UK usage for software ("an email program"), so none of them
// is on the list. The list is of US forms that have come up in this guide or are
// likely to: add to it when a review finds another.

const US_SPELLINGS = /\b(toward|randomiz\w*|recogniz\w*|organiz\w*|behavior\w*|centers?|pediatric\w*|analyz\w*|favor\w*|honor\w*|labor|color\w*)\b/gi;

const contentRoot = new URL('../../content/', import.meta.url).pathname;

function contentFiles(folder = contentRoot): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? contentFiles(join(folder, entry.name)) : /\.(mdx?|ya?ml)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

/** The US spellings in a text, with their line numbers. */
function usSpellings(text: string): string[] {
  return text.split('\n').flatMap((line, index) => [...line.matchAll(US_SPELLINGS)].map((match) => `${index + 1}: ${match[0]}`));
}

describe('UK spelling in content/', () => {
  it('finds the US forms it looks for (a control)', () => {
    expect(usSpellings('Move toward growth.\nA randomized trial.')).toEqual(['1: toward', '2: randomized']);
    expect(usSpellings('Towards growth in a randomised trial, in paediatrics.')).toEqual([]);
  });

  it.each(contentFiles().map((file) => file.slice(contentRoot.length)))('content/%s has none', (file) => {
    const text = readFileSync(join(contentRoot, file), 'utf8');
    // Titles of published works keep their own spelling (the lines stay, empty, so the numbers hold).
    const lines = file.endsWith('references.yaml') ? text.replace(/^\s*title:.*$/gm, '') : text;
    expect(usSpellings(lines)).toEqual([]);
  });
});
