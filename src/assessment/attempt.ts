import { bestFitCount, scaleShares, type Answers, type Choices } from './scoring';
import type { SavedAttempt } from './storage';

// A completed attempt, as it is saved: each scale's share and the scenarios'
// best-fit count (saved results keep no answers).

/** An id for a new attempt; crypto.randomUUID is missing on insecure origins (a hospital intranet over http). */
function newAttemptId(now: Date): string {
  return `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The attempt the answers make, completed now. Scales with no answered statement are left out. */
export function completedAttempt(
  content: Parameters<typeof scaleShares>[0] & { scenarios: Parameters<typeof bestFitCount>[0] },
  answers: Answers,
  choices: Choices,
  now = new Date(),
): SavedAttempt {
  const shares = Object.fromEntries(
    Object.entries(scaleShares(content, answers)).filter((entry): entry is [string, number] => entry[1] !== null),
  );
  return { id: newAttemptId(now), completedAt: now.toISOString(), shares, scenarios: bestFitCount(content.scenarios, choices) };
}
