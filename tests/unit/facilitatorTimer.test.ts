import { describe, expect, it } from 'vitest';
import { elapsed, formatClock, hasStarted, isRunning, isUp, pause, remaining, reset, start, timerFor } from '~/facilitator/timer';

const MINUTE = 60_000;

describe('a segment timer', () => {
  it('starts with the whole segment left, not running', () => {
    const timer = timerFor(5);
    expect(remaining(timer, 1_000)).toBe(5 * MINUTE);
    expect(isRunning(timer)).toBe(false);
    expect(hasStarted(timer, 1_000)).toBe(false);
  });

  it('counts down from the moment it starts, by the clock it is given', () => {
    const timer = start(timerFor(5), 10_000);
    expect(isRunning(timer)).toBe(true);
    expect(remaining(timer, 10_000)).toBe(5 * MINUTE);
    expect(remaining(timer, 10_000 + 90_000)).toBe(5 * MINUTE - 90_000);
  });

  it('keeps the time counted across a pause, and does not count while paused', () => {
    let timer = start(timerFor(4), 0);
    timer = pause(timer, 60_000);
    expect(isRunning(timer)).toBe(false);
    expect(remaining(timer, 60_000)).toBe(3 * MINUTE);
    expect(remaining(timer, 10 * MINUTE)).toBe(3 * MINUTE);
    timer = start(timer, 10 * MINUTE);
    expect(remaining(timer, 10 * MINUTE + 30_000)).toBe(2.5 * MINUTE);
    expect(elapsed(timer, 10 * MINUTE + 30_000)).toBe(1.5 * MINUTE);
  });

  it('never goes below zero, and says when time is up', () => {
    const timer = start(timerFor(1), 0);
    expect(isUp(timer, 59_999)).toBe(false);
    expect(isUp(timer, MINUTE)).toBe(true);
    expect(remaining(timer, 5 * MINUTE)).toBe(0);
  });

  it('pausing after time is up keeps it at zero, and it will not start again until reset', () => {
    const up = pause(start(timerFor(1), 0), 3 * MINUTE);
    expect(up.elapsedMs).toBe(MINUTE);
    expect(remaining(up, 4 * MINUTE)).toBe(0);
    expect(start(up, 4 * MINUTE)).toBe(up);
    const again = start(reset(up), 4 * MINUTE);
    expect(remaining(again, 4 * MINUTE + 1_000)).toBe(MINUTE - 1_000);
  });

  it('ignores a second start and a pause while not running', () => {
    const running = start(timerFor(2), 0);
    expect(start(running, 30_000)).toBe(running);
    const stopped = timerFor(2);
    expect(pause(stopped, 30_000)).toBe(stopped);
  });

  it('resets to the whole segment, not running', () => {
    const timer = reset(start(timerFor(3), 0));
    expect(isRunning(timer)).toBe(false);
    expect(remaining(timer, 99 * MINUTE)).toBe(3 * MINUTE);
    expect(hasStarted(timer, 99 * MINUTE)).toBe(false);
  });

  it('has started once it has counted anything, or is running', () => {
    expect(hasStarted(start(timerFor(3), 0), 0)).toBe(true);
    expect(hasStarted(pause(start(timerFor(3), 0), 1), 5)).toBe(true);
  });
});

describe('formatClock', () => {
  it.each([
    [5 * MINUTE, '05:00'],
    [5 * MINUTE - 1, '05:00'],
    [4 * MINUTE + 59_000, '04:59'],
    [61_000, '01:01'],
    [999, '00:01'],
    [0, '00:00'],
    [-5_000, '00:00'],
    [60 * MINUTE, '60:00'],
    [125 * MINUTE, '125:00'],
  ])('%d ms is %s', (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });
});
