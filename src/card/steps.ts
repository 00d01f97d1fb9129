// The clock times ("0:30–2:00") printed beside each of the conversation card's
// steps. Whether the steps' minutes add up is checked in stepTiming.rules.ts.
import type { TimedStep } from './stepTiming.rules';

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
