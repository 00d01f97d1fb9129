import type { Quadrant } from './quadrant.schema';

export type QuadrantId = Quadrant['id'];
export type Level = 'low' | 'high';

/**
 * Where each quadrant sits in Daloz's model: support runs along the horizontal
 * axis, challenge up the vertical one. This is the model itself, so it is code;
 * what we say about each quadrant is content (content/data/quadrants.yaml).
 */
export const QUADRANT_LEVELS: Readonly<Record<QuadrantId, { support: Level; challenge: Level }>> = {
  retreat: { support: 'low', challenge: 'high' },
  growth: { support: 'high', challenge: 'high' },
  stasis: { support: 'low', challenge: 'low' },
  confirmation: { support: 'high', challenge: 'low' },
};

/** Reading order of the 2×2 grid: top row (high challenge) left to right, then the bottom row. */
export const GRID_ORDER: readonly QuadrantId[] = ['retreat', 'growth', 'stasis', 'confirmation'];

/** The quadrants in grid order; fails (naming what is wrong) unless each of the four appears exactly once. */
export function quadrantsInGridOrder<T extends { id: QuadrantId }>(quadrants: readonly T[]): T[] {
  const problems: string[] = [];
  const ordered = GRID_ORDER.map((id) => {
    const matches = quadrants.filter((quadrant) => quadrant.id === id);
    if (matches.length !== 1) problems.push(`"${id}" appears ${matches.length} times`);
    return matches[0];
  });
  if (problems.length > 0) {
    throw new Error(
      `content/data/quadrants.yaml must describe each of the four quadrants once: ${problems.join('; ')}.`,
    );
  }
  return ordered;
}

/** Each quadrant's name by id, for views that name a quadrant. */
export function quadrantNames(quadrants: readonly { id: QuadrantId; name: string }[]): Record<QuadrantId, string> {
  return Object.fromEntries(quadrants.map((quadrant) => [quadrant.id, quadrant.name])) as Record<QuadrantId, string>;
}
