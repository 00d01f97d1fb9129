import { describe, expect, it } from 'vitest';
import { clampIndex, commandForKey, hashFor, indexFromHash, positionText } from '~/facilitator/presentNavigation';

describe('keys in the presenter and room views', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['p', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['.', 'blank'],
    ['t', 'toggle-timer'],
    ['T', 'toggle-timer'],
    ['.', 'blank'],
    ['t', 'toggle-timer'],
    ['T', 'toggle-timer'],
    ['.', 'blank'],
    ['t', 'toggle-timer'],
    ['T', 'toggle-timer'],
    ['?', 'help'],
    ['Escape', 'leave'],
  ])('%s asks for %s', (key, type) => {
    expect(commandForKey(key)).toEqual({ type });
  });

  it('takes Space forward and Shift+Space back', () => {
    expect(commandForKey(' ')).toEqual({ type: 'next' });
    expect(commandForKey(' ', true)).toEqual({ type: 'previous' });
  });

  it('leaves other keys to the browser', () => {
    for (const key of ['Enter', 'Tab', 'a', 'x', 'Shift', 'F5']) expect(commandForKey(key)).toBeNull();
  });
});

describe('clampIndex', () => {
  it('keeps an index inside the plan', () => {
    expect(clampIndex(-3, 5)).toBe(0);
    expect(clampIndex(9, 5)).toBe(4);
    expect(clampIndex(2.7, 5)).toBe(2);
    expect(clampIndex(3, 0)).toBe(0);
  });
});

describe('the segment in the address', () => {
  const ids = ['opening-reflection', 'the-model', 'closing-commitment'];

  it('finds the segment a hash names', () => {
    expect(indexFromHash('#the-model', ids)).toBe(1);
    expect(indexFromHash('closing-commitment', ids)).toBe(2);
  });

  it('falls back to the first segment for no hash, an unknown one or a malformed one', () => {
    expect(indexFromHash('', ids)).toBe(0);
    expect(indexFromHash('#', ids)).toBe(0);
    expect(indexFromHash('#no-such-segment', ids)).toBe(0);
    expect(indexFromHash('#%E0%A4%A', ids)).toBe(0);
    expect(indexFromHash('#<script>', ids)).toBe(0);
  });

  it('writes a hash that reads back to the same segment', () => {
    expect(hashFor('the-model')).toBe('#the-model');
    for (const [index, id] of ids.entries()) expect(indexFromHash(hashFor(id), ids)).toBe(index);
  });
});

describe('positionText', () => {
  it('fills in the segment number and the count', () => {
    expect(positionText('Segment {current} of {total}', 1, 5)).toBe('Segment 2 of 5');
    expect(positionText('{current}/{total} ({current})', 0, 3)).toBe('1/3 (1)');
  });
});
