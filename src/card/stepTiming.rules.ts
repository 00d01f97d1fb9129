// The conversation card's timing rule: each step lasts whole or half minutes
// and the steps add up to the card's length. A rules module (no imports),
// shared by the card's schema and its schedule (steps.ts).

export interface TimedStep {
  id: string;
  minutes: number;
}

/** What is wrong with the steps' timing, in words a content author can act on; empty when right. */
export function stepTimingProblems(steps: readonly TimedStep[], totalMinutes: number): string[] {
  const problems: string[] = [];
  for (const step of steps) {
    if (!Number.isFinite(step.minutes) || step.minutes <= 0 || !Number.isInteger(step.minutes * 2)) {
      problems.push(`Step "${step.id}" lasts ${step.minutes} minutes: give each step whole or half minutes (0.5, 1, 1.5, ...).`);
    }
  }
  const sum = steps.reduce((total, step) => total + step.minutes, 0);
  if (problems.length === 0 && sum !== totalMinutes) {
    const list = steps.map((step) => `${step.id} ${step.minutes}`).join(', ');
    problems.push(`The steps' minutes add up to ${sum}, not ${totalMinutes} (${list}).`);
  }
  return problems;
}
