import { clampIndex } from './presentNavigation';
import { isRunning, pause, reset, start, timerFor, elapsed, type SegmentTimer } from './timer';

// One running session of a plan, shared by every open view of it (the
// presenter's and the room's, in windows of one browser): which segment shows,
// whether the room is blanked, and each segment's timer as absolute times, so
// every window shows the same clock, a reload keeps it and a view opened late
// joins at the right place. Plain values and pure functions: the caller passes
// the time, and useSharedSession.ts carries the state between windows.

export interface SessionState {
  /** The plan's id: a state is only ever read for its own plan. */
  plan: string;
  /** The segment on show, from 0. */
  current: number;
  /** The room sees only the countdown (pair work); pacing keeps counting. */
  blanked: boolean;
  /** One timer a segment, in running order. */
  timers: SegmentTimer[];
  /** When a timer was first started: the session's own clock, for pacing. Null before. */
  startedAt: number | null;
  /** When this state was made, so a window keeps the newer of two. */
  updatedAt: number;
}

export type SessionAction =
  | { type: 'go'; index: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'toggle-timer' }
  | { type: 'reset-timer' }
  | { type: 'blank' };

/** A new session of a plan whose segments last these minutes: at segment `current` (the first unless given), nothing started. */
export function newSession(plan: string, minutes: readonly number[], now: number, current = 0): SessionState {
  return { plan, current: clampIndex(current, minutes.length), blanked: false, timers: minutes.map(timerFor), startedAt: null, updatedAt: now };
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readTimer(value: unknown, durationMs: number): SegmentTimer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { elapsedMs, runningSince } = value as Record<string, unknown>;
  if (!isTime(elapsedMs) || !(runningSince === null || isTime(runningSince))) return null;
  // The plan's own length, not the stored one: an author may have changed it since.
  return { durationMs, elapsedMs: Math.min(elapsedMs, durationMs), runningSince };
}

/**
 * A stored or broadcast state, checked against the plan: null when it is not
 * a state of this plan with one timer for each segment (another plan's, an
 * older plan's, or damaged), so the caller starts a new session instead.
 */
export function readSession(value: unknown, plan: string, minutes: readonly number[]): SessionState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (raw.plan !== plan || !Array.isArray(raw.timers) || raw.timers.length !== minutes.length) return null;
  if (!Number.isInteger(raw.current) || typeof raw.blanked !== 'boolean' || !isTime(raw.updatedAt)) return null;
  if (!(raw.startedAt === null || isTime(raw.startedAt))) return null;
  const timers = raw.timers.map((timer, index) => readTimer(timer, timerFor(minutes[index]).durationMs));
  if (timers.some((timer) => timer === null)) return null;
  return {
    plan,
    current: clampIndex(raw.current as number, minutes.length),
    blanked: raw.blanked,
    timers: timers as SegmentTimer[],
    startedAt: raw.startedAt as number | null,
    updatedAt: raw.updatedAt as number,
  };
}

/** The newer of two states (the one written last); the first when they tie. */
export function newer(a: SessionState, b: SessionState): SessionState {
  return b.updatedAt > a.updatedAt ? b : a;
}

/** Moves to a segment: the timer of the one left is paused (each segment keeps its own). */
function goTo(state: SessionState, index: number, now: number): SessionState {
  const next = clampIndex(index, state.timers.length);
  if (next === state.current) return state;
  return { ...state, current: next, timers: state.timers.map((timer, i) => (i === state.current ? pause(timer, now) : timer)) };
}

/** The state after an action at time `now`; the same state when the action changes nothing. */
export function applyAction(state: SessionState, action: SessionAction, now: number): SessionState {
  const changed = (next: SessionState) => (next === state ? state : { ...next, updatedAt: Math.max(now, state.updatedAt + 1) });
  const timer = state.timers[state.current];
  const withTimer = (next: SegmentTimer) => ({ ...state, timers: state.timers.map((entry, i) => (i === state.current ? next : entry)) });
  switch (action.type) {
    case 'go':
      return changed(goTo(state, action.index, now));
    case 'next':
      return changed(goTo(state, state.current + 1, now));
    case 'previous':
      return changed(goTo(state, state.current - 1, now));
    case 'first':
      return changed(goTo(state, 0, now));
    case 'last':
      return changed(goTo(state, state.timers.length - 1, now));
    case 'toggle-timer': {
      const next = isRunning(timer) ? pause(timer, now) : start(timer, now);
      if (next === timer) return state;
      return changed({ ...withTimer(next), startedAt: state.startedAt ?? (isRunning(next) ? now : null) });
    }
    case 'reset-timer':
      return changed(withTimer(reset(timer)));
    case 'blank':
      return changed({ ...state, blanked: !state.blanked });
  }
}

export type Pace = 'not-started' | 'ahead' | 'on-time' | 'behind';

/** Within this much of the plan, the session is on time. */
export const ON_TIME_MS = 60_000;

/**
 * How the session is doing against its plan: the time since the first timer
 * started, and how far that is ahead of or behind where the plan would be now
 * (the minutes of the segments before this one, plus the time counted in this
 * one, at most its length). Positive `behindMs` is behind.
 */
export function pacing(state: SessionState, now: number): { pace: Pace; elapsedMs: number; behindMs: number } {
  if (state.startedAt === null) return { pace: 'not-started', elapsedMs: 0, behindMs: 0 };
  const elapsedMs = Math.max(0, now - state.startedAt);
  const before = state.timers.slice(0, state.current).reduce((total, timer) => total + timer.durationMs, 0);
  const current = state.timers[state.current];
  const planned = before + Math.min(current.durationMs, elapsed(current, now));
  const behindMs = elapsedMs - planned;
  const pace = Math.abs(behindMs) < ON_TIME_MS ? 'on-time' : behindMs > 0 ? 'behind' : 'ahead';
  return { pace, elapsedMs, behindMs };
}
