import { describe, expect, it } from 'vitest';
import { MARGIN, PLOT_SIZE, pointFor, positionAtPoint, quadrantRect, VIEW_BOX, VISION_TARGET, visionArrowPath } from '~/plot/geometry';

const left = MARGIN.left;
const right = MARGIN.left + PLOT_SIZE;
const top = MARGIN.top;
const bottom = MARGIN.top + PLOT_SIZE;
const step = PLOT_SIZE / 10;

describe('plot geometry', () => {
  it('puts each rating in the middle of its tenth of the axis', () => {
    expect(pointFor({ support: 1, challenge: 1 })).toEqual({ x: left + step / 2, y: bottom - step / 2 });
    expect(pointFor({ support: 10, challenge: 10 })).toEqual({ x: right - step / 2, y: top + step / 2 });
  });

  it('draws high challenge at the top and high support on the right', () => {
    const low = pointFor({ support: 2, challenge: 2 });
    const high = pointFor({ support: 9, challenge: 9 });
    expect(high.x).toBeGreaterThan(low.x);
    expect(high.y).toBeLessThan(low.y);
  });

  it('places scores between ratings proportionally', () => {
    expect(pointFor({ support: 5.5, challenge: 5.5 })).toEqual({ x: left + PLOT_SIZE / 2, y: top + PLOT_SIZE / 2 });
  });

  it('turns a click into the nearest rating, kept on the plot', () => {
    expect(positionAtPoint(pointFor({ support: 7, challenge: 3 }))).toEqual({ support: 7, challenge: 3 });
    expect(positionAtPoint({ x: left + step * 6.9, y: bottom - step * 2.1 })).toEqual({ support: 7, challenge: 3 });
    expect(positionAtPoint({ x: -500, y: 5000 })).toEqual({ support: 1, challenge: 1 });
    expect(positionAtPoint({ x: 5000, y: -500 })).toEqual({ support: 10, challenge: 10 });
  });

  it('splits the plot into four equal squares', () => {
    expect(quadrantRect('stasis')).toEqual({ x: left, y: top + PLOT_SIZE / 2, width: PLOT_SIZE / 2, height: PLOT_SIZE / 2 });
    expect(quadrantRect('growth')).toEqual({ x: left + PLOT_SIZE / 2, y: top, width: PLOT_SIZE / 2, height: PLOT_SIZE / 2 });
    expect(quadrantRect('retreat')).toEqual({ x: left, y: top, width: PLOT_SIZE / 2, height: PLOT_SIZE / 2 });
    expect(quadrantRect('confirmation')).toEqual({ x: left + PLOT_SIZE / 2, y: top + PLOT_SIZE / 2, width: PLOT_SIZE / 2, height: PLOT_SIZE / 2 });
  });

  it('draws the vision beyond the Growth corner, inside the drawing', () => {
    expect(VISION_TARGET.x).toBeGreaterThan(right);
    expect(VISION_TARGET.y).toBeLessThan(top);
    expect(VISION_TARGET.x).toBeLessThan(VIEW_BOX.width);
    expect(VISION_TARGET.y).toBeGreaterThan(0);
    const path = visionArrowPath();
    expect(path.startsWith(`M${left + PLOT_SIZE / 2},${top + PLOT_SIZE / 2}`)).toBe(true);
  });
});
