import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstQuote } from '~/guide/mdxQuote';
import { headingGroups } from '~/handout/headingGroups';

describe('the quotation for the handout', () => {
  it('reads the words, speaker and source of the first <Quote>', () => {
    const mdx = 'Intro\n\n<Quote by="Parker J. Palmer" source="The Courage to Teach">Their power\n  is here.</Quote>\n\n<Quote by="B">Second</Quote>';
    expect(firstQuote(mdx)).toEqual({ text: 'Their power is here.', by: 'Parker J. Palmer', source: 'The Courage to Teach' });
  });

  it('takes attributes in any order, and no source', () => {
    expect(firstQuote("<Quote source='S' by='A'>Words</Quote>")).toEqual({ text: 'Words', by: 'A', source: 'S' });
    expect(firstQuote('<Quote by="A">Words</Quote>')).toEqual({ text: 'Words', by: 'A' });
  });

  it('is undefined without a quotation, a speaker or words', () => {
    expect(firstQuote('No quote here.')).toBeUndefined();
    expect(firstQuote('<Quote source="S">Words</Quote>')).toBeUndefined();
    expect(firstQuote('<Quote by="A"> </Quote>')).toBeUndefined();
  });

  it('finds the home page quotation: Palmer\'s own words, whole, so "Their" has its referent', () => {
    // The wording checked in shared/references.md ("Mentors Who Evoked Us"). The
    // handout condenses it; the site quotes it exactly.
    const PALMER =
      'The power of our mentors is not necessarily in the models of good teaching they gave us, models that may turn out to have little to do with who we are as teachers. Their power is in their capacity to awaken a truth within us, a truth we can reclaim years later by recalling their impact on our lives.';
    const home = readFileSync(new URL('../../content/guide/index.mdx', import.meta.url), 'utf8');
    expect(firstQuote(home)).toEqual({ by: 'Parker J. Palmer', source: 'The Courage to Teach', text: PALMER });
  });
});

describe('heading groups (the do\'s and don\'ts)', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replaceAll(' ', '-') });

  it('puts each ### under the ## before it, in page order', () => {
    const groups = headingGroups([h(2, "Do's"), h(3, 'Ask questions'), h(3, 'Give feedback'), h(2, "Don'ts"), h(3, 'Create a clone')]);
    expect(groups.map((group) => [group.heading.text, group.items.map((item) => item.text)])).toEqual([
      ["Do's", ['Ask questions', 'Give feedback']],
      ["Don'ts", ['Create a clone']],
    ]);
  });

  it('leaves out ## headings with nothing under them and ### before any ##', () => {
    expect(headingGroups([h(3, 'Orphan'), h(2, 'Intro'), h(2, "Do's"), h(3, 'Ask'), h(4, 'Deep')])).toEqual([
      { heading: h(2, "Do's"), items: [h(3, 'Ask')] },
    ]);
  });
});
