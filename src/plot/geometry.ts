import { scalePoint, type ScalePoint } from 'd3-scale';
import { line, curveBasis } from 'd3-shape';
import { clampLevel, LEVEL_MAX, LEVEL_MIN, MIDPOINT, type PlotPosition } from './position';
import { QUADRANT_LEVELS, type QuadrantId } from './quadrants';

// The plot's drawing in SVG user units. The SVG scales to its container, so
// these numbers fix proportions, not pixels. The top and right margins leave
// room for the learner's vision, drawn beyond the Growth corner.

export const PLOT_SIZE = 336;
export const MARGIN = { top: 56, right: 56, bottom: 64, left: 64 } as const;
export const VIEW_BOX = {
  width: MARGIN.left + PLOT_SIZE + MARGIN.right,
  height: MARGIN.top + PLOT_SIZE + MARGIN.bottom,
} as const;

/** The ratings a reader can choose on each axis: 1, 2, ... 10. */
const RATINGS = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, index) => LEVEL_MIN + index);

// Point scales, not linear ones: the ratings are ten steps, and padding 0.5
// puts each in the middle of its own tenth of the axis. (d3's linear scale
// would also bring its colour and number-format code: several KB on a phone.)

/** Support rating to x, left to right. */
export const supportScale = scalePoint<number>().domain(RATINGS).range([MARGIN.left, MARGIN.left + PLOT_SIZE]).padding(0.5);
/** Challenge rating to y: high challenge at the top. */
export const challengeScale = scalePoint<number>().domain(RATINGS).range([MARGIN.top + PLOT_SIZE, MARGIN.top]).padding(0.5);

/** Where any value (a rating, a score such as 7.3, or an edge such as 0.5) falls along an axis. */
export function along(scale: ScalePoint<number>, value: number): number {
  const first = scale(LEVEL_MIN)!;
  // Rounded to a hundredth of a unit: finer than any screen shows, and no 63.999999999999986 in the SVG.
  return Math.round((first + (value - LEVEL_MIN) * (scale(LEVEL_MIN + 1)! - first)) * 100) / 100;
}

/** The value at a coordinate along an axis: the inverse of along(). */
function valueAt(scale: ScalePoint<number>, coordinate: number): number {
  const first = scale(LEVEL_MIN)!;
  return LEVEL_MIN + (coordinate - first) / (scale(LEVEL_MIN + 1)! - first);
}

/** The outer edges of the plot, half a step beyond the first and last rating. */
export const EDGE = { low: LEVEL_MIN - 0.5, high: LEVEL_MAX + 0.5 } as const;

export interface Point {
  x: number;
  y: number;
}

/** Where a position is drawn. */
export function pointFor(position: PlotPosition): Point {
  return { x: along(supportScale, position.support), y: along(challengeScale, position.challenge) };
}

/** The whole-number position nearest a point in SVG units (a click or drag), kept on the plot. */
export function positionAtPoint(point: Point): PlotPosition {
  return {
    support: clampLevel(valueAt(supportScale, point.x)) ?? LEVEL_MIN,
    challenge: clampLevel(valueAt(challengeScale, point.y)) ?? LEVEL_MIN,
  };
}

export interface Rect extends Point {
  width: number;
  height: number;
}

/** The square a quadrant fills. */
export function quadrantRect(id: QuadrantId): Rect {
  const { support, challenge } = QUADRANT_LEVELS[id];
  const [left, right] = support === 'low' ? [EDGE.low, MIDPOINT] : [MIDPOINT, EDGE.high];
  const [bottom, top] = challenge === 'low' ? [EDGE.low, MIDPOINT] : [MIDPOINT, EDGE.high];
  const x = along(supportScale, left);
  const y = along(challengeScale, top);
  return { x, y, width: along(supportScale, right) - x, height: along(challengeScale, bottom) - y };
}

/** Where the learner's vision is drawn: beyond the Growth corner, off the grid. */
export const VISION_TARGET: Point = {
  x: MARGIN.left + PLOT_SIZE + MARGIN.right / 2,
  y: MARGIN.top / 2,
};

/**
 * The vision arrow: from the centre of the plot, through Growth, curving out
 * towards the target. It stops short of the target so the arrowhead shows.
 */
export function visionArrowPath(): string {
  const centre = pointFor({ support: MIDPOINT, challenge: MIDPOINT });
  const growth = pointFor({ support: LEVEL_MAX - 1, challenge: LEVEL_MAX - 2 });
  const end = { x: VISION_TARGET.x - 14, y: VISION_TARGET.y + 14 };
  const path = line<Point>((p) => p.x, (p) => p.y).curve(curveBasis);
  return path([centre, growth, end]) ?? '';
}
