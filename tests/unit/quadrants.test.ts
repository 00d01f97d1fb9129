import { describe, expect, it } from 'vitest';
import { GRID_ORDER, QUADRANT_LEVELS, quadrantsInGridOrder, type QuadrantId } from '~/plot/quadrants';

const q = (id: QuadrantId) => ({ id, name: id });

describe('the support/challenge quadrants', () => {
  it('places each quadrant as in Daloz: growth is high support and high challenge', () => {
    expect(QUADRANT_LEVELS.growth).toEqual({ support: 'high', challenge: 'high' });
    expect(QUADRANT_LEVELS.stasis).toEqual({ support: 'low', challenge: 'low' });
    expect(QUADRANT_LEVELS.confirmation).toEqual({ support: 'high', challenge: 'low' });
    expect(QUADRANT_LEVELS.retreat).toEqual({ support: 'low', challenge: 'high' });
  });

  it('lays the grid out with high challenge on top and high support on the right', () => {
    const levels = GRID_ORDER.map((id) => QUADRANT_LEVELS[id]);
    expect(levels.map((level) => level.challenge)).toEqual(['high', 'high', 'low', 'low']);
    expect(levels.map((level) => level.support)).toEqual(['low', 'high', 'low', 'high']);
  });

  it('orders content entries into the grid', () => {
    const ordered = quadrantsInGridOrder([q('stasis'), q('growth'), q('confirmation'), q('retreat')]);
    expect(ordered.map((quadrant) => quadrant.id)).toEqual(['retreat', 'growth', 'stasis', 'confirmation']);
  });

  it('fails, saying which, when a quadrant is missing or repeated', () => {
    expect(() => quadrantsInGridOrder([q('stasis'), q('growth'), q('growth')])).toThrow(
      /"retreat" appears 0 times; "growth" appears 2 times; "confirmation" appears 0 times/,
    );
  });
});
