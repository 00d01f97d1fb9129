import { describe, expect, it } from 'vitest';
import {
  amaAuthors,
  amaText,
  assertCitationsExist,
  citedKeys,
  findReference,
  formatAma,
  inTextCitation,
  sortReferences,
  surname,
} from '~/references/citations';
import { articleSchema, bookSchema, referenceSchema, type ArticleReference, type BookReference } from '~/references/reference.schema';

const book: BookReference = bookSchema.parse({
  id: 'daloz1986',
  type: 'book',
  group: 'handout',
  authors: ['Daloz LA'],
  title: 'Effective Teaching and Mentoring: Realizing the Transformational Power of Adult Learning Experiences',
  publisher: 'Jossey-Bass',
  year: 1986,
});

const article: ArticleReference = articleSchema.parse({
  id: 'rose2005',
  type: 'article',
  group: 'handout',
  authors: ['Rose GL', 'Rukstalis MR', 'Schuckit MA'],
  title: 'Informal mentoring between faculty and medical students',
  journal: 'Acad Med',
  year: 2005,
  volume: '80',
  issue: '4',
  pages: '344-348',
  doi: '10.1097/00001888-200504000-00007',
  pmid: '15793017',
});

describe('AMA formatting', () => {
  it('formats a journal article with a DOI exactly as the AMA example', () => {
    expect(amaText(article)).toBe(
      'Rose GL, Rukstalis MR, Schuckit MA. Informal mentoring between faculty and medical students. Acad Med. 2005;80(4):344-348. doi:10.1097/00001888-200504000-00007',
    );
  });

  it('italicises only the journal title', () => {
    const italic = formatAma(article).filter((segment) => segment.emphasis);
    expect(italic.map((segment) => segment.text)).toEqual(['Acad Med.']);
  });

  it('formats a journal article without a DOI and with no volume as author, title, journal and year', () => {
    const chopra = referenceSchema.parse({
      id: 'chopra2016',
      type: 'article',
      group: 'evidence',
      authors: ['Chopra V', 'Edelson DP', 'Saint S'],
      title: 'Mentorship malpractice',
      journal: 'JAMA',
      year: 2016,
    });
    expect(amaText(chopra)).toBe('Chopra V, Edelson DP, Saint S. Mentorship malpractice. JAMA. 2016.');
  });

  it('leaves out an unconfirmed issue number without leaving empty brackets', () => {
    const zerzan: ArticleReference = { ...article, id: 'zerzan2009', issue: undefined, year: 2009, volume: '84', pages: '140-144', doi: undefined };
    expect(amaText(zerzan)).toContain('Acad Med. 2009;84:140-144.');
  });

  it('formats a book with its title in italics and the publisher', () => {
    expect(amaText(book)).toBe(
      'Daloz LA. Effective Teaching and Mentoring: Realizing the Transformational Power of Adult Learning Experiences. Jossey-Bass; 1986.',
    );
    expect(formatAma(book).find((segment) => segment.emphasis)?.text).toMatch(/^Effective Teaching/);
  });

  it('formats a book whose publisher is unconfirmed with the year alone', () => {
    const palmer: BookReference = { ...book, id: 'palmer1998', authors: ['Palmer PJ'], title: 'The Courage to Teach', publisher: undefined, year: 1998 };
    expect(amaText(palmer)).toBe('Palmer PJ. The Courage to Teach. 1998.');
  });

  it('does not add a second full stop after a title that ends in a question mark', () => {
    const question: ArticleReference = { ...article, title: 'Is mentoring worth it?' };
    expect(amaText(question)).toContain('Is mentoring worth it? Acad Med.');
  });

  it('lists up to six authors, and the first three with "et al" beyond that', () => {
    const six = ['A AA', 'B BB', 'C CC', 'D DD', 'E EE', 'F FF'];
    expect(amaAuthors({ authors: six, etAl: false })).toBe('A AA, B BB, C CC, D DD, E EE, F FF');
    expect(amaAuthors({ authors: [...six, 'G GG'], etAl: false })).toBe('A AA, B BB, C CC, et al');
  });

  it('adds "et al" when the record itself stops after the first authors', () => {
    expect(amaAuthors({ authors: ['Pfund C', 'House SC', 'Asquith P'], etAl: true })).toBe('Pfund C, House SC, Asquith P, et al');
  });
});

describe('in-text citations', () => {
  it('names one, two, three or more authors', () => {
    expect(inTextCitation(book, 'narrative')).toBe('Daloz (1986)');
    expect(inTextCitation({ ...book, authors: ['Detsky AS', 'Baerlocher MO'], year: 2007 }, 'parenthetical')).toBe('(Detsky & Baerlocher, 2007)');
    expect(inTextCitation(article, 'narrative')).toBe('Rose, Rukstalis & Schuckit (2005)');
    expect(inTextCitation({ ...article, authors: ['Straus SE', 'Johnson MO', 'Marquez C', 'Feldman MD'] }, 'parenthetical')).toBe(
      '(Straus et al., 2005)',
    );
  });

  it('takes surnames with accents and capitals from AMA author strings', () => {
    expect(surname('Marušić A')).toBe('Marušić');
    expect(surname('DeCastro R')).toBe('DeCastro');
  });

  it('sorts works by first author, then year', () => {
    const sorted = sortReferences([article, book, { ...book, id: 'daloz1999', year: 1999 }]);
    expect(sorted.map((ref) => ref.id)).toEqual(['daloz1986', 'daloz1999', 'rose2005']);
  });
});

describe('citation keys', () => {
  it('finds the keys an MDX page cites, once each, whatever the attribute order', () => {
    const mdx = `Text <Cite work="daloz1986" /> more <Cite form="narrative" work='rose2005'/> and <Cite work="daloz1986" />.`;
    expect(citedKeys(mdx)).toEqual(['daloz1986', 'rose2005']);
  });

  it('finds a reference by key', () => {
    expect(findReference([book, article], 'rose2005')).toBe(article);
  });

  it('fails on an unknown key, naming the key, the file and the known keys', () => {
    expect(() => assertCitationsExist('<Cite work="dalz1986" />', 'content/guide/model.mdx', [book, article])).toThrow(
      /content\/guide\/model\.mdx cites an unknown reference key "dalz1986".*daloz1986, rose2005/,
    );
  });

  it('accepts a page whose citations all exist, and a page with none', () => {
    expect(() => assertCitationsExist('<Cite work="daloz1986" />', 'a.mdx', [book])).not.toThrow();
    expect(() => assertCitationsExist('No citations here.', 'b.mdx', [])).not.toThrow();
  });
});
