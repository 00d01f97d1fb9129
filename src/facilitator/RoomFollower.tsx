import { useEffect, useRef, useState } from 'preact/hooks';
import { KeyHelp } from './KeyHelp';
import { formatClock, isRunning, remaining } from './timer';
import { useSharedSession } from './useSharedSession';
import { useSessionKeys } from './useSessionKeys';
import type { KeyHelpWords, RoomWords } from './sessions.schema';
import { useSettledMark } from '~/ui/useSettledMark';

// The room view's live part (an island on each of its pages): the segment's
// countdown, from the session the presenter's view shares (useSharedSession),
// and the page follows that session: when the segment changes, in this window
// or another, it goes to that segment's page. Its Previous and Next links and
// the session's keys move the session rather than only this window. While the
// room is blanked, only the countdown shows. Server-rendered, it is the
// segment's full time.

export interface RoomFollowerProps {
  planId: string;
  /** Every segment's minutes, in running order. */
  minutes: number[];
  /** This page's segment, from 0. */
  index: number;
  /** Every segment's page, with the site's base path. */
  paths: string[];
  /** Where Escape goes: the plan on the facilitator guide. */
  guideHref: string;
  words: Pick<RoomWords, 'timeLabel' | 'blanked'>;
  keyHelp: KeyHelpWords;
  /** Goes to another page; injectable for tests. */
  navigate?: (href: string) => void;
  /** The clock, injectable for tests; milliseconds like Date.now. */
  clock?: () => number;
}

const replacePage = (href: string) => window.location.replace(href);

/** How often the countdown redraws while it runs. */
const TICK_MS = 250;

export function RoomFollower({ planId, minutes, index, paths, guideHref, words, keyHelp, navigate = replacePage, clock = Date.now }: RoomFollowerProps) {
  const { state, ready, dispatch } = useSharedSession(planId, minutes, clock, index);
  const [now, setNow] = useState(() => clock());
  const [helpOpen, setHelpOpen] = useState(false);
  const [lastKey, setLastKey] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const timer = state.timers[index];
  const running = isRunning(timer);

  // Follow the session to its segment's page (a room view opened late joins it there;
  // with no session stored yet, the session starts at this page's segment).
  useEffect(() => {
    if (ready && state.current !== index) navigate(paths[state.current]);
  }, [ready, state.current]);

  // The page's Previous and Next links move the session, so the presenter's view follows too.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('.room-nav a[rel]') : null;
      if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      dispatch({ type: link.getAttribute('rel') === 'prev' ? 'previous' : 'next' });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  useSessionKeys(
    helpOpen,
    (command) => {
      if (command.type === 'leave') navigate(guideHref);
      else if (command.type === 'help') setHelpOpen((open) => !open);
      else dispatch(command);
    },
    setLastKey,
  );

  useEffect(() => {
    setNow(clock());
    if (!running) return;
    const interval = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(interval);
  }, [running, timer]);

  // Last of the hooks: the mark follows every other effect of the ready render.
  useSettledMark(rootRef, ready);

  const time = formatClock(remaining(timer, now));
  return (
    <div ref={rootRef} class="room-live">
      <p class="room-clock">
        <span class="visually-hidden">{words.timeLabel} </span>
        <span role="timer" aria-live="off">
          {time}
        </span>
      </p>
      {state.blanked && (
        <div class="room-blank">
          <p class="room-blank-words">{words.blanked}</p>
          <p class="room-blank-clock" aria-hidden="true">
            {time}
          </p>
        </div>
      )}
      <KeyHelp words={keyHelp} open={helpOpen} lastKey={lastKey} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
