import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { RoomFollower } from '~/facilitator/RoomFollower';
import { applyAction, newSession, type SessionAction, type SessionState } from '~/facilitator/sessionState';
import { sessionKey } from '~/facilitator/useSharedSession';

// The room view's live part in jsdom: it follows the session the presenter's
// view writes (here written straight to localStorage, as another window would),
// and its keys and links move that session.

HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};

const MINUTES = [4, 8, 3];
const PATHS = ['/base/facilitator/room/30/opening/', '/base/facilitator/room/30/the-model/', '/base/facilitator/room/30/closing/'];
const KEY_HELP = { title: 'Keys', intro: 'Both views.', lastKey: 'Last key:', noKeyYet: 'none yet', spaceKey: 'Space', close: 'Close', rows: [{ keys: 'N', does: 'Next' }] };

let now = 1_000_000;
let navigate = vi.fn();

/** The session as another window would leave it: these actions, in turn, a second apart. */
function storeSession(...actions: SessionAction[]): SessionState {
  const state = actions.reduce((next, action, step) => applyAction(next, action, now + step * 1000), newSession('30', MINUTES, now));
  localStorage.setItem(sessionKey('30'), JSON.stringify(state));
  return state;
}
const stored = (): SessionState => JSON.parse(localStorage.getItem(sessionKey('30'))!);

function renderRoom(index: number) {
  return render(
    <div>
      <nav class="room-nav">
        <a href={PATHS[index - 1] ?? '#'} rel="prev">Previous</a>
        <a href={PATHS[index + 1] ?? '#'} rel="next">Next</a>
      </nav>
      <RoomFollower
        planId="30"
        minutes={MINUTES}
        index={index}
        paths={PATHS}
        guideHref="/base/facilitator/#plan-30"
        words={{ timeLabel: 'Time for this segment:', blanked: 'Work in pairs' }}
        keyHelp={KEY_HELP}
        navigate={navigate}
        clock={() => now}
      />
    </div>,
  );
}

const press = (key: string) =>
  act(() => {
    fireEvent.keyDown(document.body, { key });
  });
const clock = () => screen.getByRole('timer').textContent;

beforeEach(() => {
  now = 1_000_000;
  navigate = vi.fn();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('following the session', () => {
  it('stays on its page, with the segment\'s whole time, when the session is at its segment', () => {
    renderRoom(0);
    expect(clock()).toBe('04:00');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('stays on a later segment\'s page when no session is stored yet: the session starts there', () => {
    renderRoom(2);
    expect(clock()).toBe('03:00');
    expect(navigate).not.toHaveBeenCalled();
    press('PageUp');
    expect(stored().current).toBe(1);
    expect(navigate).toHaveBeenCalledWith(PATHS[1]);
  });

  it('goes to the session\'s segment when it opens on another (a room view opened late)', () => {
    storeSession({ type: 'next' }, { type: 'next' });
    renderRoom(0);
    expect(navigate).toHaveBeenCalledWith(PATHS[2]);
  });

  it('follows a change made in another window', () => {
    renderRoom(0);
    const moved = applyAction(newSession('30', MINUTES, now), { type: 'next' }, now + 5000);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: sessionKey('30'), newValue: JSON.stringify(moved) }));
    });
    expect(navigate).toHaveBeenCalledWith(PATHS[1]);
  });

  it('ignores a damaged or older state from another window', () => {
    storeSession({ type: 'reset-timer' });
    renderRoom(0);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: sessionKey('30'), newValue: '{not json' }));
      window.dispatchEvent(new StorageEvent('storage', { key: sessionKey('30'), newValue: JSON.stringify({ ...newSession('30', MINUTES, 5), current: 2 }) }));
    });
    expect(navigate).not.toHaveBeenCalled();
    expect(clock()).toBe('04:00');
  });

  it('counts down the segment\'s running timer, from the time it was started in the other window', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    storeSession({ type: 'toggle-timer' });
    now += 30_000;
    renderRoom(0);
    expect(clock()).toBe('03:30');
    act(() => {
      now += 60_000;
      vi.advanceTimersByTime(60_000);
    });
    expect(clock()).toBe('02:30');
  });

  it('shows only the countdown, large, while the room is blanked', () => {
    storeSession({ type: 'blank' });
    renderRoom(0);
    const blank = document.querySelector('.room-blank');
    expect(blank?.textContent).toBe('Work in pairs04:00');
  });
});

describe('moving the session from the room', () => {
  it('takes the session on with its Next link and the keys, and the page follows', () => {
    renderRoom(0);
    act(() => {
      fireEvent.click(screen.getByRole('link', { name: 'Next' }));
    });
    expect(stored().current).toBe(1);
    expect(navigate).toHaveBeenLastCalledWith(PATHS[1]);
    press('End');
    expect(stored().current).toBe(2);
    expect(navigate).toHaveBeenLastCalledWith(PATHS[2]);
  });

  it('starts the segment\'s timer with T and pauses it with T again, staying on its page', () => {
    renderRoom(0);
    press('t');
    expect(stored().timers[0].runningSince).toBe(now);
    now += 5000;
    press('T');
    expect(stored().timers[0]).toMatchObject({ runningSince: null, elapsedMs: 5000 });
    expect(clock()).toBe('03:55');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('blanks with B, opens the key help with "?" and leaves with Escape', () => {
    renderRoom(0);
    press('b');
    expect(stored().blanked).toBe(true);
    press('?');
    expect(screen.getByRole('dialog', { name: 'Keys' }).hasAttribute('open')).toBe(true);
    press('?');
    press('Escape');
    expect(navigate).toHaveBeenCalledWith('/base/facilitator/#plan-30');
  });
});
