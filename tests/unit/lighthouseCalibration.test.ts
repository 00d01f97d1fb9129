import { describe, expect, it } from 'vitest';
import { calibratedSlowdown, DEFAULT_SLOWDOWN } from '../../scripts/lighthouse-calibration.mjs';

describe('calibratedSlowdown', () => {
  it("meets the calculator's anchor points, Lighthouse's own 4x among them", () => {
    expect(calibratedSlowdown(800)).toEqual({ multiplier: 2, calibrated: true });
    expect(calibratedSlowdown(1300)).toEqual({ multiplier: 3, calibrated: true });
    expect(calibratedSlowdown(1533)).toEqual({ multiplier: DEFAULT_SLOWDOWN, calibrated: true });
    expect(calibratedSlowdown(1766)).toEqual({ multiplier: 5, calibrated: true });
    expect(calibratedSlowdown(2000)).toEqual({ multiplier: 6, calibrated: true });
  });

  it('slows a weaker host down less, in tenths', () => {
    expect(calibratedSlowdown(1180)).toEqual({ multiplier: 2.8, calibrated: true });
    expect(calibratedSlowdown(1050)).toEqual({ multiplier: 2.5, calibrated: true });
  });

  it('below the calculated range, scales down but never below no slowdown, and says it is not calibrated', () => {
    expect(calibratedSlowdown(600)).toEqual({ multiplier: 1.5, calibrated: false });
    expect(calibratedSlowdown(100)).toEqual({ multiplier: 1, calibrated: false });
  });

  it('keeps the default for a missing or nonsense figure', () => {
    for (const figure of [Number.NaN, 0, -5, Number.POSITIVE_INFINITY]) {
      expect(calibratedSlowdown(figure)).toEqual({ multiplier: DEFAULT_SLOWDOWN, calibrated: false });
    }
  });
});
