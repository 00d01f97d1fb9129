// A countdown for one segment of a session, as plain values: every function
// takes the time ("now", in milliseconds) from the caller, so the clock is
// injected and the logic is testable without waiting.

export interface SegmentTimer {
  /** How long the segment is, in milliseconds. */
  durationMs: number;
  /** Time counted in earlier runs, before the last pause. */
  elapsedMs: number;
  /** When the current run started, or null while paused or not started. */
  runningSince: number | null;
}

/** A timer for a segment of this many minutes, not started. */
export function timerFor(minutes: number): SegmentTimer {
  return { durationMs: Math.max(0, minutes) * 60_000, elapsedMs: 0, runningSince: null };
}

export function isRunning(timer: SegmentTimer): boolean {
  return timer.runningSince !== null;
}

/** Time counted so far. */
export function elapsed(timer: SegmentTimer, now: number): number {
  const current = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + current;
}

/** Time left, never below zero. */
export function remaining(timer: SegmentTimer, now: number): number {
  return Math.max(0, timer.durationMs - elapsed(timer, now));
}

export function isUp(timer: SegmentTimer, now: number): boolean {
  return remaining(timer, now) === 0;
}

/** Whether the timer has counted anything (so it can be reset). */
export function hasStarted(timer: SegmentTimer, now: number): boolean {
  return elapsed(timer, now) > 0 || isRunning(timer);
}

/** Starts or resumes counting; a running timer or one whose time is up is returned unchanged. */
export function start(timer: SegmentTimer, now: number): SegmentTimer {
  if (isRunning(timer) || isUp(timer, now)) return timer;
  return { ...timer, runningSince: now };
}

/** Stops counting and keeps the time counted so far. */
export function pause(timer: SegmentTimer, now: number): SegmentTimer {
  if (!isRunning(timer)) return timer;
  return { ...timer, elapsedMs: Math.min(timer.durationMs, elapsed(timer, now)), runningSince: null };
}

/** Back to the whole segment, not running. */
export function reset(timer: SegmentTimer): SegmentTimer {
  return { ...timer, elapsedMs: 0, runningSince: null };
}

/**
 * Time as mm:ss, rounding up to the whole second, so the clock shows 00:00
 * only when time is really up (and 05:00 for the first second of five minutes).
 */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
