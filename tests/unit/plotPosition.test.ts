import { describe, expect, it } from 'vitest';
import { clampLevel, describeLevel, levelOf, MIDPOINT, nudged, quadrantAt } from '~/plot/position';

describe('positions on the support/challenge plot', () => {
  it('splits each axis between 5 and 6, so no whole rating is on the line', () => {
    expect(MIDPOINT).toBe(5.5);
    expect(levelOf(5)).toBe('low');
    expect(levelOf(6)).toBe('high');
    expect(levelOf(5.5)).toBe('low');
    expect(levelOf(5.51)).toBe('high');
  });

  it('names the quadrant of each corner as in Daloz', () => {
    expect(quadrantAt({ support: 1, challenge: 1 })).toBe('stasis');
    expect(quadrantAt({ support: 10, challenge: 1 })).toBe('confirmation');
    expect(quadrantAt({ support: 1, challenge: 10 })).toBe('retreat');
    expect(quadrantAt({ support: 10, challenge: 10 })).toBe('growth');
  });

  it('places scores with decimals (as a self-assessment gives them)', () => {
    expect(quadrantAt({ support: 7.3, challenge: 5.4 })).toBe('confirmation');
    expect(quadrantAt({ support: 5.6, challenge: 5.6 })).toBe('growth');
  });

  it('rounds and clamps ratings to 1-10, and refuses what is not a number', () => {
    expect(clampLevel(7.4)).toBe(7);
    expect(clampLevel(7.5)).toBe(8);
    expect(clampLevel(0)).toBe(1);
    expect(clampLevel(-40)).toBe(1);
    expect(clampLevel(11)).toBe(10);
    expect(clampLevel(1e9)).toBe(10);
    expect(clampLevel(Number.NaN)).toBeNull();
    expect(clampLevel(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('moves one step per arrow key: right and up add support and challenge', () => {
    const from = { support: 5, challenge: 5 };
    expect(nudged(from, 'ArrowRight')).toEqual({ support: 6, challenge: 5 });
    expect(nudged(from, 'ArrowLeft')).toEqual({ support: 4, challenge: 5 });
    expect(nudged(from, 'ArrowUp')).toEqual({ support: 5, challenge: 6 });
    expect(nudged(from, 'ArrowDown')).toEqual({ support: 5, challenge: 4 });
  });

  it('stays put at an edge and ignores keys that are not arrows', () => {
    expect(nudged({ support: 10, challenge: 1 }, 'ArrowRight')).toEqual({ support: 10, challenge: 1 });
    expect(nudged({ support: 10, challenge: 1 }, 'ArrowDown')).toEqual({ support: 10, challenge: 1 });
    expect(nudged({ support: 5, challenge: 5 }, 'Enter')).toBeNull();
    expect(nudged({ support: 5, challenge: 5 }, 'a')).toBeNull();
  });

  it('describes a rating for a screen reader', () => {
    const levelNames = { low: 'low', high: 'high' };
    expect(describeLevel('{value} of {max}, {level}', 8, levelNames)).toBe('8 of 10, high');
    expect(describeLevel('{value} of {max}, {level}', 2, levelNames)).toBe('2 of 10, low');
    expect(describeLevel('{value} ({level})', 6, { low: 'weak', high: 'strong' })).toBe('6 (strong)');
  });
});
