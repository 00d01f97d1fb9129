import { useEffect, useRef, useState } from 'preact/hooks';
import { applyAction, newer, newSession, readSession, type SessionAction, type SessionState } from './sessionState';

// The session state (sessionState.ts) kept in step between every open view of
// a plan in this browser: the presenter's window and the room's. A change is
// saved to localStorage (so a reload, or a view opened later, starts from it)
// and sent on a BroadcastChannel; the other windows hear it there, or from
// localStorage's storage event where BroadcastChannel is missing. Each keeps
// the newer of what it has and what it hears. Nothing leaves the browser.

/** The localStorage key and channel name of a plan's session. */
export const sessionKey = (plan: string) => `mentoring-session-${plan}`;

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function stored(key: string): unknown {
  try {
    return parse(localStorage.getItem(key));
  } catch {
    // Storage refused (a browser setting): the session lives in this window only.
    return null;
  }
}

/**
 * The plan's session in this browser. `startAt` is the segment a new session
 * starts at, when no window has stored one yet (a room view opened at a
 * segment's page shows that segment rather than jump away).
 */
export function useSharedSession(plan: string, minutes: readonly number[], clock: () => number = Date.now, startAt = 0) {
  const key = sessionKey(plan);
  // The server render, and the first render in the browser, show a new session; the stored one follows at once.
  const [state, setState] = useState<SessionState>(() => newSession(plan, minutes, 0, startAt));
  const [ready, setReady] = useState(false);
  // The latest state, for handlers that run before Preact re-renders (two clicker presses in one frame).
  const latest = useRef(state);
  const channel = useRef<BroadcastChannel | null>(null);

  const show = (next: SessionState) => {
    latest.current = next;
    setState(next);
  };
  const hear = (value: unknown) => {
    const heard = readSession(value, plan, minutes);
    if (heard && newer(latest.current, heard) === heard && heard !== latest.current) show(heard);
  };

  useEffect(() => {
    show(readSession(stored(key), plan, minutes) ?? newSession(plan, minutes, clock(), startAt));
    setReady(true);
    const broadcast = typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : null;
    if (broadcast) broadcast.onmessage = (event) => hear(event.data);
    channel.current = broadcast;
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) hear(parse(event.newValue));
    };
    window.addEventListener('storage', onStorage);
    return () => {
      broadcast?.close();
      window.removeEventListener('storage', onStorage);
    };
  }, [key]);

  /** Applies an action now, and tells the other windows; returns the state it led to. */
  const dispatch = (action: SessionAction): SessionState => {
    const next = applyAction(latest.current, action, clock());
    if (next === latest.current) return next;
    show(next);
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage refused or full: the other windows still hear the channel.
    }
    channel.current?.postMessage(next);
    return next;
  };

  /** The state as it is now, which may be ahead of the last render. */
  const now = () => latest.current;

  return { state, ready, dispatch, latest: now };
}
