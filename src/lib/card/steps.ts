// The conversation card's timed steps: checking that their minutes add up, and
// the clock times ("0:30–2:00") printed beside each step.

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

/** "1:30" from 90 seconds. */
export function clockTime(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export interface ScheduledStep<T extends TimedStep> {
  step: T;
  /** When the step starts and ends, as clock times from the start of the conversation. */
  from: string;
  to: string;
}

/** Each step with its start and end time, one after another from 0:00. */
export function stepSchedule<T extends TimedStep>(steps: readonly T[]): ScheduledStep<T>[] {
  let elapsed = 0;
  return steps.map((step) => {
    const from = clockTime(elapsed * 60);
    elapsed += step.minutes;
    return { step, from, to: clockTime(elapsed * 60) };
  });
}
