// Lighthouse's mobile settings slow the CPU down 4 times, a figure chosen for a
// high-end desktop host: the result is meant to be a mid-tier phone. On a
// slower host the same 4x simulates a much slower phone than that. Lighthouse's
// documentation (docs/throttling.md, "Calibrating the CPU slowdown") says to
// calibrate from the host's benchmarkIndex, which every report carries, and
// points to its calculator, whose anchor points are used here:
//   benchmarkIndex  800 -> 2x,  1300 -> 3x,  then one more x for every 233
//   (1533 -> 4x, Lighthouse's default; 1766 -> 5x; 2000 -> 6x).
// Below 800 the calculator gives no figure; we scale down in proportion, never
// below 1x (no slowdown), and say that the figure is outside the calibrated range.

/** The default Lighthouse's mobile preset uses, for a high-end desktop host. */
export const DEFAULT_SLOWDOWN = 4;

/**
 * The CPU slowdown that makes this host simulate Lighthouse's mid-tier phone.
 * @param {number} benchmarkIndex the host's CPU/memory power, from a Lighthouse report
 * @returns {{ multiplier: number, calibrated: boolean }} multiplier rounded to 0.1; calibrated is false outside the calculator's range (or for no figure, which keeps the default)
 */
export function calibratedSlowdown(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return { multiplier: DEFAULT_SLOWDOWN, calibrated: false };
  const round = (value) => Math.round(value * 10) / 10;
  if (benchmarkIndex >= 1300) return { multiplier: round(3 + (benchmarkIndex - 1300) / 233), calibrated: true };
  if (benchmarkIndex >= 800) return { multiplier: round(2 + (benchmarkIndex - 800) / 500), calibrated: true };
  return { multiplier: Math.max(1, round((2 * benchmarkIndex) / 800)), calibrated: false };
}
