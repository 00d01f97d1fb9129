import { describe, expect, it } from 'vitest';
import { fillMessage, MAX_QUERY_LENGTH, normaliseQuery, statusMessage, type StatusWords } from '~/search/searchText';
import { searchWordsSchema } from '~/search/searchWords.schema';

describe('normaliseQuery', () => {
  it('collapses and trims whitespace', () => {
    expect(normaliseQuery('  free \n\t labour  ')).toBe('free labour');
    expect(normaliseQuery('   ')).toBe('');
  });

  it('cuts very long input without splitting an emoji', () => {
    expect(normaliseQuery('word '.repeat(1000)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const emoji = '🩺'.repeat(MAX_QUERY_LENGTH + 5);
    const cut = normaliseQuery(emoji);
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).toBe('🩺'.repeat(MAX_QUERY_LENGTH));
  });

  it('leaves regular-expression characters and HTML as text', () => {
    expect(normaliseQuery('(.*)+? [a-z] $^ <b>bold</b>')).toBe('(.*)+? [a-z] $^ <b>bold</b>');
  });
});

const words: StatusWords = {
  searching: 'Searching…',
  oneResult: '1 page matches “{query}”.',
  manyResults: '{count} pages match “{query}”.',
  noResults: 'Nothing matches “{query}”.',
  unavailable: 'Search could not load.',
};

describe('statusMessage', () => {
  it('says nothing before the reader types', () => {
    expect(statusMessage({ kind: 'idle' }, words)).toBe('');
  });

  it('counts results in the singular and plural, and names the query', () => {
    expect(statusMessage({ kind: 'done', query: 'vision', count: 1 }, words)).toBe('1 page matches “vision”.');
    expect(statusMessage({ kind: 'done', query: 'vision', count: 4 }, words)).toBe('4 pages match “vision”.');
    expect(statusMessage({ kind: 'done', query: 'xyz', count: 0 }, words)).toBe('Nothing matches “xyz”.');
  });

  it('reports searching and an index that cannot load', () => {
    expect(statusMessage({ kind: 'searching' }, words)).toBe('Searching…');
    expect(statusMessage({ kind: 'unavailable' }, words)).toBe('Search could not load.');
  });

  it('fills placeholders literally, even with $ patterns in the query', () => {
    expect(fillMessage('“{query}” ({count})', { query: "$& $' $1", count: 2 })).toBe("“$& $' $1” (2)");
    expect(fillMessage('{unknown} stays', {})).toBe('{unknown} stays');
  });
});

describe('search words schema', () => {
  const valid = {
    control: 'Search',
    shortcut: 'Ctrl K',
    heading: 'Search the guide',
    hint: 'Type a word.',
    keys: 'Arrow keys move.',
    close: 'Close',
    ...words,
    page: { title: 'Search', description: 'Search the guide for a word or phrase.', needsJavaScript: 'Needs JavaScript.', contentsHeading: 'Pages' },
  };

  it('accepts complete words', () => {
    expect(searchWordsSchema.safeParse(valid).success).toBe(true);
  });

  it('names a message that lost its placeholders', () => {
    const result = searchWordsSchema.safeParse({ ...valid, manyResults: 'Several pages match.' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'manyResults: Keep the placeholders {count} and {query} in this message: the site fills them in.',
    ]);
  });
});
