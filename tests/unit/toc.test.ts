import { describe, expect, it } from 'vitest';
import { MIN_SECTIONS_FOR_TOC, sectionOutline, tableOfContents } from '~/guide/toc';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('table of contents', () => {
  it('nests subsections under their section', () => {
    const toc = tableOfContents([h(2, 'Do'), h(3, 'Ask questions'), h(3, 'Give feedback'), h(2, 'Do not'), h(2, 'More')]);
    expect(toc.map((item) => item.text)).toEqual(['Do', 'Do not', 'More']);
    expect(toc[0].children.map((child) => child.slug)).toEqual(['ask-questions', 'give-feedback']);
  });

  it('is empty on a page with fewer sections than the threshold', () => {
    const short = Array.from({ length: MIN_SECTIONS_FOR_TOC - 1 }, (_, i) => h(2, `Section ${i}`));
    expect(tableOfContents(short)).toEqual([]);
  });

  it('ignores a subsection before any section and headings deeper than h3', () => {
    const toc = tableOfContents([h(3, 'Orphan'), h(2, 'A'), h(4, 'Deep'), h(2, 'B'), h(2, 'C')]);
    expect(toc.map((item) => item.text)).toEqual(['A', 'B', 'C']);
    expect(toc[0].children).toEqual([]);
  });
});

describe('section outline (the share page)', () => {
  it('lists every section with its subsections, however short the page', () => {
    const outline = sectionOutline([h(2, 'Only'), h(3, 'Sub')]);
    expect(outline).toEqual([{ slug: 'only', text: 'Only', children: [{ slug: 'sub', text: 'Sub', children: [] }] }]);
  });
});
