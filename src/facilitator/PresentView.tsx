import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SegmentTimerControls } from './SegmentTimerControls';
import { PresentSegment, type PresentSegmentData, type SegmentLabels } from './PresentSegment';
import { SessionPace } from './SessionPace';
import { KeyHelp } from './KeyHelp';
import { hashFor, indexFromHash, positionText, type KeyCommand } from './presentNavigation';
import { isRunning, isUp } from './timer';
import { useSharedSession } from './useSharedSession';
import { useSessionKeys } from './useSessionKeys';
import type { KeyHelpWords, PresentWords } from './sessions.schema';
import type { SessionAction } from './sessionState';
import { useSettledMark } from '~/ui/useSettledMark';
import './present.css';

// The presenter's view of a session plan: the facilitator's notes for one
// segment at a time, what comes next, the segment's countdown and the whole
// session's clock against the plan, and a button that opens the room view in
// a window of its own. Both views share one session (useSharedSession), so a
// key, a button or the timer in either moves both. The logic is in the .ts
// files beside it. Without JavaScript the server-rendered markup shows every
// segment in order.

export interface PresentViewProps {
  planId: string;
  planTitle: string;
  segments: PresentSegmentData[];
  words: Omit<PresentWords, 'plotHref'>;
  keyHelp: KeyHelpWords;
  labels: SegmentLabels;
  /** The live plot, with the site's base path. */
  plotHref: string;
  /** Where Escape and the exit link go: the plan on the facilitator guide. */
  guideHref: string;
  /** The plan's room view, with the site's base path. */
  roomHref: string;
  /** The clock, injectable for tests; milliseconds like Date.now. */
  clock?: () => number;
  /** Leaves for another page (Escape); injectable for tests. */
  navigate?: (href: string) => void;
  /** Opens the room view in a window of its own; injectable for tests. */
  openWindow?: (href: string, name: string) => void;
  /** Asks before a running timer is reset; injectable for tests. */
  confirm?: (question: string) => boolean;
}

const goToPage = (href: string) => window.location.assign(href);
// A window of its own (a popup), so it can go full screen on the projector; opened from the click itself.
const openPopup = (href: string, name: string) => void window.open(href, name, 'popup');
const askFirst = (question: string) => window.confirm(question);

/** How often the clocks redraw. */
const TICK_MS = 250;

/** A move to a segment, and what should follow once that segment shows. */
interface Arrival {
  index: number;
  /** Back to the top of the view (a new segment, or one named in the address). */
  scroll: boolean;
  /** Focus to the segment's heading (a key moved the view; buttons keep their focus). */
  focus: boolean;
}

export function PresentView({
  planId,
  planTitle,
  segments,
  words,
  keyHelp,
  labels,
  plotHref,
  guideHref,
  roomHref,
  clock = Date.now,
  navigate = goToPage,
  openWindow = openPopup,
  confirm = askFirst,
}: PresentViewProps) {
  const minutes = useMemo(() => segments.map((segment) => segment.minutes), [segments]);
  const { state, ready, dispatch, latest } = useSharedSession(planId, minutes, clock);
  const current = state.current;
  const [now, setNow] = useState(() => clock());
  const [navMessage, setNavMessage] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [lastKey, setLastKey] = useState<string | null>(null);
  // Where the last move by this view led. It names its segment, so only the
  // render that shows that segment acts on it: a key that comes before the
  // last key's render has settled cannot move focus to a heading about to be hidden.
  const [arrival, setArrival] = useState<Arrival | null>(null);
  const headingRefs = useRef<(HTMLHeadingElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const ids = segments.map((segment) => segment.id);

  /** Applies an action here, and says or shows where it led. */
  const act = (action: SessionAction, by: 'key' | 'button' | 'address' | 'timer') => {
    const before = latest().current;
    const after = dispatch(action);
    // Blanking and the timer leave the segment, and focus, where they are.
    if (by === 'timer' || action.type === 'blank' || action.type === 'toggle-timer') return;
    setArrival({ index: after.current, scroll: after.current !== before || by === 'address', focus: by === 'key' });
    // Buttons keep focus, so say where they led; a focused heading speaks for itself.
    if (by === 'button') setNavMessage(`${positionText(words.position, after.current, segments.length)}: ${segments[after.current].title}`);
  };

  // The address as the page opened, read before the view writes its own segment there.
  const openedAt = useRef(typeof window === 'undefined' ? '' : window.location.hash);

  // Once running: a segment named in the address (a link, or the browser's Back) wins over the stored session.
  useEffect(() => {
    if (!ready) return;
    if (openedAt.current !== '') act({ type: 'go', index: indexFromHash(openedAt.current, ids) }, 'address');
    const onHashChange = () => act({ type: 'go', index: indexFromHash(window.location.hash, ids) }, 'address');
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ready]);

  // The address follows the segment shown, wherever the move came from, so a reload keeps it:
  // as the render that shows it is committed, so the two never disagree.
  useLayoutEffect(() => {
    if (ready && window.location.hash !== hashFor(ids[current])) history.replaceState(history.state, '', hashFor(ids[current]));
  }, [ready, current]);

  useSessionKeys(
    helpOpen,
    (command: KeyCommand) => {
      if (command.type === 'leave') navigate(guideHref);
      else if (command.type === 'help') setHelpOpen((open) => !open);
      else act(command, 'key');
    },
    setLastKey,
  );

  // As the render that shows the segment is committed, before any later key is handled.
  useLayoutEffect(() => {
    if (!arrival || arrival.index !== current) return;
    if (arrival.scroll) rootRef.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
    if (arrival.focus) headingRefs.current[current]?.focus({ preventScroll: true });
  }, [arrival, current]);

  const timer = state.timers[current];
  const running = isRunning(timer);
  const sessionStarted = state.startedAt !== null;
  // The clocks tick while the session has started: the session's time goes on while a timer is paused.
  useEffect(() => {
    if (!sessionStarted) return;
    setNow(clock());
    const interval = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(interval);
  }, [sessionStarted, running, current]);

  // Time up: stop counting (the clock shows 00:00 and the status line says so once).
  useEffect(() => {
    if (running && isUp(timer, now)) act({ type: 'toggle-timer' }, 'timer');
  }, [now, running]);

  const resetTimer = () => {
    if (!running || confirm(words.resetConfirm)) act({ type: 'reset-timer' }, 'timer');
  };

  const atStart = current === 0;
  const atEnd = current === segments.length - 1;
  const step = (type: 'next' | 'previous', disabled: boolean) => () => {
    if (!disabled) act({ type }, 'button');
  };
  const nextTitle = atEnd ? words.lastSegment : `${words.nextUp} ${segments[current + 1].title}`;

  // Last of the hooks: the mark follows every other effect of the ready render.
  useSettledMark(rootRef, ready);

  return (
    <div ref={rootRef} class={`present-view${ready ? ' is-ready' : ''}`} data-pagefind-ignore="all">
      <div class="present-bar">
        <h1 class="present-plan">{planTitle}</h1>
        <p class="present-position needs-js" aria-hidden={!ready}>
          {positionText(words.position, current, segments.length)}
        </p>
        <div class="present-links">
          <button type="button" class="control needs-js" aria-disabled={!ready} onClick={() => ready && openWindow(roomHref, `room-${planId}`)}>
            {words.openRoom}
          </button>
          <a class="control" href={plotHref} target="_blank" rel="noopener">
            {words.plotLink} <span class="present-new-tab">{words.newTab}</span>
          </a>
          <a class="control" href={guideHref}>{words.exit}</a>
        </div>
      </div>
      <p class="no-js-only present-no-js">{words.withoutJavaScript}</p>
      <div class="present-segments">
        {segments.map((segment, index) => (
          <PresentSegment
            key={segment.id}
            segment={segment}
            labels={labels}
            hidden={ready && index !== current}
            newTab={words.newTab}
            headingRef={(element) => {
              headingRefs.current[index] = element;
            }}
          />
        ))}
      </div>
      <div class="present-controls needs-js">
        <p class="present-next">{nextTitle}</p>
        <SegmentTimerControls
          timer={timer}
          now={now}
          words={words}
          disabled={!ready}
          onToggle={() => act({ type: 'toggle-timer' }, 'timer')}
          onReset={resetTimer}
        />
        <SessionPace state={state} now={now} words={words} />
        <button type="button" class="control" aria-pressed={state.blanked} aria-disabled={!ready} onClick={() => ready && act({ type: 'blank' }, 'button')}>
          {words.blank}
        </button>
        <nav class="present-nav" aria-label={words.navigation}>
          <button type="button" class="control" aria-disabled={atStart || !ready} onClick={step('previous', atStart || !ready)}>
            <span aria-hidden="true">←</span> {words.previous}
          </button>
          <button type="button" class="control" aria-disabled={atEnd || !ready} onClick={step('next', atEnd || !ready)}>
            {words.next} <span aria-hidden="true">→</span>
          </button>
        </nav>
      </div>
      <p class="present-keys needs-js">
        {words.keys}{' '}
        <button type="button" class="control" aria-haspopup="dialog" onClick={() => setHelpOpen(true)}>
          {words.keyHelpButton}
        </button>
      </p>
      <KeyHelp words={keyHelp} open={helpOpen} lastKey={lastKey} onClose={() => setHelpOpen(false)} />
      <p class="visually-hidden" role="status">
        {navMessage}
      </p>
    </div>
  );
}
