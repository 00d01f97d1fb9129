import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citedKeys } from '~/references/citations';
import { firstQuote } from '~/guide/mdxQuote';

// The references page lists every work in references.yaml, so a work no page
// cites is a claim of evidence the guide never makes: cite it or drop it.

const content = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const guidePages = readdirSync(new URL('../../content/guide/', import.meta.url)).filter((name) => name.endsWith('.mdx'));
const references: { id: string; title: string }[] = parse(content('data/references.yaml'));

/** Works the guide's pages cite with <Cite>, or quote with <Quote source="...">, named by the start of their title. */
function citedWorks(): Set<string> {
  const cited = new Set<string>();
  for (const name of guidePages) {
    const mdx = content(`guide/${name}`);
    for (const key of citedKeys(mdx)) cited.add(key);
    const source = firstQuote(mdx)?.source;
    for (const reference of references) if (source && reference.title.startsWith(source)) cited.add(reference.id);
  }
  return cited;
}

describe('every listed reference is cited', () => {
  it('finds the guide pages and the references', () => {
    expect(guidePages).toContain('index.mdx');
    expect(references.length).toBeGreaterThan(5);
  });

  it.each(references.map((reference) => reference.id))('%s is cited or quoted on a guide page', (id) => {
    expect(citedWorks().has(id)).toBe(true);
  });

  it('counts a quotation as citing its source (the home page quotes Palmer)', () => {
    expect(citedKeys(content('guide/index.mdx'))).not.toContain('palmer1998');
    expect(citedWorks().has('palmer1998')).toBe(true);
  });
});
