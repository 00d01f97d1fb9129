import { describe, expect, it } from 'vitest';
import { guidePath, prevNext, readingOrder } from '~/site/navigation';

const page = (id: string, order: number, navLabel?: string) => ({ id, data: { title: `Title of ${id}`, order, navLabel } });

describe('guide navigation', () => {
  it('orders pages by their order field, whatever order they were loaded in', () => {
    const ordered = readingOrder([page('references', 4), page('index', 0), page('model', 1)]);
    expect(ordered.map((entry) => entry.id)).toEqual(['index', 'model', 'references']);
  });

  it('fails, naming both pages, when two pages share a position', () => {
    expect(() => readingOrder([page('model', 1), page('making-it-work', 1)])).toThrow(
      'Guide pages "model" and "making-it-work" both have order 1',
    );
  });

  it('gives home no previous page and the last page no next page', () => {
    const ordered = [page('index', 0, 'Home'), page('model', 1), page('references', 2)];
    expect(prevNext(ordered, 'index')).toEqual({ prev: undefined, next: { id: 'model', label: 'Title of model', path: 'model/' } });
    expect(prevNext(ordered, 'model')).toEqual({
      prev: { id: 'index', label: 'Home', path: '' },
      next: { id: 'references', label: 'Title of references', path: 'references/' },
    });
    expect(prevNext(ordered, 'references').next).toBeUndefined();
    expect(prevNext(ordered, 'missing')).toEqual({});
  });

  it('maps the index page to the site root and others to short paths', () => {
    expect(guidePath('index')).toBe('');
    expect(guidePath('dos-and-donts')).toBe('dos-and-donts/');
  });
});
