import { ATTEMPTS_KEY, type StorageLike } from '~/assessment/storage';
import { latestAttempts, parseAttempts } from '~/assessment/storedAttempts';
import { resultPosition } from '~/assessment/scoring';
import type { PlotPosition } from '~/plot/position';

/**
 * Where the mentor's latest saved self-assessment sits on the grid, read (never
 * written) from the self-assessment's storage in this browser; null when there
 * is none, or storage cannot be read. The self-assessment's own page deals with
 * stored results it cannot read.
 */
export function latestSelfAssessment(getStorage: () => StorageLike | null | undefined): PlotPosition | null {
  try {
    const { attempts } = parseAttempts(getStorage()?.getItem(ATTEMPTS_KEY) ?? null);
    const latest = latestAttempts(attempts).at(-1);
    return latest ? resultPosition(latest.shares) : null;
  } catch {
    return null;
  }
}
