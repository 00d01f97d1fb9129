import { describe, expect, it } from 'vitest';
import { applyAction, newer, newSession, pacing, readSession, type SessionAction, type SessionState } from '~/facilitator/sessionState';

const MINUTES = [4, 8, 3];
const T0 = 1_000_000;
const MINUTE = 60_000;
const fresh = () => newSession('30', MINUTES, T0);
const act = (state: SessionState, ...steps: [SessionAction, number][]) =>
  steps.reduce((next, [action, now]) => applyAction(next, action, now), state);

describe('a session\'s state', () => {
  it('starts at the first segment, not blanked, every timer full and stopped', () => {
    expect(fresh()).toEqual({
      plan: '30',
      current: 0,
      blanked: false,
      timers: MINUTES.map((minutes) => ({ durationMs: minutes * MINUTE, elapsedMs: 0, runningSince: null })),
      startedAt: null,
      updatedAt: T0,
    });
  });

  it('can start at a given segment, kept within the plan', () => {
    expect(newSession('30', MINUTES, T0, 2).current).toBe(2);
    expect(newSession('30', MINUTES, T0, 7).current).toBe(2);
  });

  it('moves by next, previous, first, last and go, within the plan, pausing the timer of the segment left', () => {
    let state = act(fresh(), [{ type: 'toggle-timer' }, T0 + 1000]);
    state = act(state, [{ type: 'next' }, T0 + 31_000]);
    expect(state.current).toBe(1);
    expect(state.timers[0]).toEqual({ durationMs: 4 * MINUTE, elapsedMs: 30_000, runningSince: null });
    expect(act(state, [{ type: 'next' }, T0 + 32_000], [{ type: 'next' }, T0 + 33_000]).current).toBe(2);
    expect(act(state, [{ type: 'previous' }, T0 + 32_000], [{ type: 'previous' }, T0 + 33_000]).current).toBe(0);
    expect(act(state, [{ type: 'last' }, T0 + 32_000]).current).toBe(2);
    expect(act(state, [{ type: 'first' }, T0 + 32_000]).current).toBe(0);
    expect(act(state, [{ type: 'go', index: 9 }, T0 + 32_000]).current).toBe(2);
  });

  it('returns the same state for an action that changes nothing, and stamps every change later than the last', () => {
    const state = fresh();
    expect(applyAction(state, { type: 'previous' }, T0 + 5)).toBe(state);
    expect(applyAction(state, { type: 'reset-timer' }, T0 + 5)).toEqual({ ...state, updatedAt: T0 + 5 });
    // A clock that went back (another window's) still makes a newer state.
    expect(applyAction(state, { type: 'next' }, T0 - 100).updatedAt).toBe(T0 + 1);
  });

  it('starts, pauses and resets the shown segment\'s timer, and starts the session\'s clock once', () => {
    const started = act(fresh(), [{ type: 'toggle-timer' }, T0 + 1000]);
    expect(started.timers[0].runningSince).toBe(T0 + 1000);
    expect(started.startedAt).toBe(T0 + 1000);
    const paused = act(started, [{ type: 'toggle-timer' }, T0 + 11_000]);
    expect(paused.timers[0]).toEqual({ durationMs: 4 * MINUTE, elapsedMs: 10_000, runningSince: null });
    const again = act(paused, [{ type: 'toggle-timer' }, T0 + 20_000]);
    expect(again.startedAt).toBe(T0 + 1000);
    expect(act(again, [{ type: 'reset-timer' }, T0 + 21_000]).timers[0]).toEqual({ durationMs: 4 * MINUTE, elapsedMs: 0, runningSince: null });
  });

  it('blanks the room and brings it back', () => {
    const blanked = act(fresh(), [{ type: 'blank' }, T0 + 1]);
    expect(blanked.blanked).toBe(true);
    expect(act(blanked, [{ type: 'blank' }, T0 + 2]).blanked).toBe(false);
  });

  it('keeps the newer of two states', () => {
    const a = fresh();
    const b = applyAction(a, { type: 'next' }, T0 + 10);
    expect(newer(a, b)).toBe(b);
    expect(newer(b, a)).toBe(b);
  });
});

describe('reading a stored or broadcast state', () => {
  const stored = () => JSON.parse(JSON.stringify(act(fresh(), [{ type: 'toggle-timer' }, T0 + 1000], [{ type: 'next' }, T0 + 2000])));

  it('reads back a state written for the same plan', () => {
    expect(readSession(stored(), '30', MINUTES)).toEqual(stored());
  });

  it('refuses another plan\'s state, one with another number of segments, and damaged ones', () => {
    const damaged: unknown[] = [
      null,
      'a string',
      { ...stored(), plan: '60' },
      { ...stored(), timers: stored().timers.slice(1) },
      { ...stored(), current: 'two' },
      { ...stored(), blanked: 'yes' },
      { ...stored(), updatedAt: -5 },
      { ...stored(), startedAt: 'soon' },
      { ...stored(), timers: [null, ...stored().timers.slice(1)] },
      { ...stored(), timers: [{ elapsedMs: Number.NaN, runningSince: null }, ...stored().timers.slice(1)] },
    ];
    for (const value of damaged) expect(readSession(value, '30', MINUTES), JSON.stringify(value)).toBeNull();
  });

  it('keeps the segment within the plan and each timer within its segment\'s length, as the plan is now', () => {
    const value = { ...stored(), current: 7 };
    value.timers[2] = { durationMs: 99 * MINUTE, elapsedMs: 5 * MINUTE, runningSince: null };
    const read = readSession(value, '30', MINUTES)!;
    expect(read.current).toBe(2);
    expect(read.timers[2]).toEqual({ durationMs: 3 * MINUTE, elapsedMs: 3 * MINUTE, runningSince: null });
  });
});

describe('pacing', () => {
  it('has not started before the first timer starts', () => {
    expect(pacing(fresh(), T0 + 10 * MINUTE)).toEqual({ pace: 'not-started', elapsedMs: 0, behindMs: 0 });
  });

  it('is on time while the time since the start matches the plan, within a minute', () => {
    const state = act(fresh(), [{ type: 'toggle-timer' }, T0]);
    expect(pacing(state, T0 + 2 * MINUTE)).toEqual({ pace: 'on-time', elapsedMs: 2 * MINUTE, behindMs: 0 });
  });

  it('is behind when a segment overruns or the timer was paused while the session went on', () => {
    // The first segment (4 minutes) ran out; six minutes later the facilitator is still on it.
    const state = act(fresh(), [{ type: 'toggle-timer' }, T0]);
    expect(pacing(state, T0 + 6 * MINUTE)).toEqual({ pace: 'behind', elapsedMs: 6 * MINUTE, behindMs: 2 * MINUTE });
  });

  it('is ahead when the facilitator moves on early', () => {
    // One minute into a four-minute segment, on to the second, whose timer has not started.
    const state = act(fresh(), [{ type: 'toggle-timer' }, T0], [{ type: 'next' }, T0 + MINUTE]);
    expect(pacing(state, T0 + 2 * MINUTE)).toEqual({ pace: 'ahead', elapsedMs: 2 * MINUTE, behindMs: -2 * MINUTE });
  });
});
