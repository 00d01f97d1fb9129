import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SegmentTimerControls } from './SegmentTimerControls';
import { PresentSegment, type PresentSegmentData, type SegmentLabels } from './PresentSegment';
import { hashFor, indexAfterKey, indexFromHash, positionText } from './presentNavigation';
import { isUp, pause, timerFor, type SegmentTimer } from './timer';
import { useSettledMark } from '~/ui/useSettledMark';
import type { PresentWords } from './sessions.schema';
import './present.css';

// The projector view of a session plan: one segment at a time in large type,
// moved by keys or buttons, each segment with its own countdown. The logic is
// in the .ts files beside it; this wires it to the page. Without JavaScript the
// server-rendered markup shows every segment in order.

export interface PresentViewProps {
  planTitle: string;
  segments: PresentSegmentData[];
  words: Omit<PresentWords, 'plotHref'>;
  labels: SegmentLabels;
  /** The live plot, with the site's base path. */
  plotHref: string;
  /** Where Escape and the exit link go: the plan on the facilitator guide. */
  guideHref: string;
  /** The clock, injectable for tests; milliseconds like Date.now. */
  clock?: () => number;
  /** Leaves for another page (Escape); injectable for tests. */
  navigate?: (href: string) => void;
}

const goToPage = (href: string) => window.location.assign(href);

/** A move to a segment, and what should follow once that segment shows. */
interface Arrival {
  index: number;
  /** Back to the top of the view (a new segment, or one named in the address). */
  scroll: boolean;
  /** Focus to the segment's heading (a key moved the view; buttons keep their focus). */
  focus: boolean;
}

/** How often the countdown redraws while it runs. */
const TICK_MS = 250;

/** Keys typed into a field or a dialog (search) belong there, not to the slides. */
function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable], dialog') !== null;
}

export function PresentView({ planTitle, segments, words, labels, plotHref, guideHref, clock = Date.now, navigate = goToPage }: PresentViewProps) {
  const [ready, setReady] = useState(false);
  const [current, setCurrent] = useState(0);
  const [timers, setTimers] = useState<SegmentTimer[]>(() => segments.map((segment) => timerFor(segment.minutes)));
  const [now, setNow] = useState(() => clock());
  const [navMessage, setNavMessage] = useState('');
  const headingRefs = useRef<(HTMLHeadingElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  // Where the last move led, and what follows once that segment shows: the view
  // starts at its top again (a new segment), and focus goes to its heading (a key).
  // It names its segment, so only the render that shows that segment acts on it:
  // a key that comes before the last key's render has settled cannot move focus
  // to a heading that is about to be hidden.
  const [arrival, setArrival] = useState<Arrival | null>(null);
  const currentRef = useRef(current);
  currentRef.current = current;
  const ids = segments.map((segment) => segment.id);

  const goTo = (index: number, by: 'key' | 'button' | 'address') => {
    const from = currentRef.current;
    if (index !== from) {
      setTimers((previous) => previous.map((timer, i) => (i === from ? pause(timer, clock()) : timer)));
      setCurrent(index);
      currentRef.current = index;
      history.replaceState(history.state, '', hashFor(ids[index]));
    }
    setArrival({ index, scroll: index !== from, focus: by === 'key' });
    // Buttons keep focus, so say where they led; a focused heading speaks for itself.
    if (by === 'button') setNavMessage(`${positionText(words.position, index, segments.length)}: ${segments[index].title}`);
  };

  // Once running: find the segment in the address (the server knows no hash).
  useEffect(() => {
    const fromAddress = indexFromHash(window.location.hash, ids);
    setCurrent(fromAddress);
    currentRef.current = fromAddress;
    // The browser scrolled to the segment named in the address; show the view's bar and timer too.
    setArrival({ index: fromAddress, scroll: window.location.hash !== '', focus: false });
    setReady(true);
    const onHashChange = () => goTo(indexFromHash(window.location.hash, ids), 'address');
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (ownsKeys(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        navigate(guideHref);
        return;
      }
      const index = indexAfterKey(event.key, currentRef.current, segments.length);
      if (index === null) return;
      event.preventDefault();
      goTo(index, 'key');
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [segments.length, guideHref]);

  // A layout effect runs as the render that shows the segment is committed, before
  // any later key is handled, and acts only if that render shows the arrival's segment.
  useLayoutEffect(() => {
    if (!arrival || arrival.index !== current) return;
    if (arrival.scroll) rootRef.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
    if (arrival.focus) headingRefs.current[current]?.focus({ preventScroll: true });
  }, [arrival, current]);

  const timer = timers[current];
  const running = timer.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    setNow(clock());
    const interval = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(interval);
  }, [running, current]);

  const updateTimer = (next: SegmentTimer) => {
    setNow(clock());
    setTimers((previous) => previous.map((entry, i) => (i === current ? next : entry)));
  };

  // Time up: stop counting (the clock shows 00:00 and the status line says so once).
  useEffect(() => {
    if (running && isUp(timer, now)) updateTimer(pause(timer, now));
  }, [now, running]);

  // Last of the hooks: the mark follows every other effect of the ready render.
  useSettledMark(rootRef, ready);

  const atStart = current === 0;
  const atEnd = current === segments.length - 1;
  const step = (delta: number, disabled: boolean) => () => {
    if (!disabled) goTo(current + delta, 'button');
  };

  return (
    <div ref={rootRef} class={`present-view${ready ? ' is-ready' : ''}`} data-pagefind-ignore="all">
      <div class="present-bar">
        <h1 class="present-plan">{planTitle}</h1>
        <p class="present-position needs-js" aria-hidden={!ready}>
          {positionText(words.position, current, segments.length)}
        </p>
        <div class="present-links">
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
        <SegmentTimerControls
          timer={timer}
          now={now}
          words={words}
          disabled={!ready}
          clock={clock}
          onChange={updateTimer}
        />
        <nav class="present-nav" aria-label={words.navigation}>
          <button type="button" class="control" aria-disabled={atStart || !ready} onClick={step(-1, atStart || !ready)}>
            <span aria-hidden="true">←</span> {words.previous}
          </button>
          <button type="button" class="control" aria-disabled={atEnd || !ready} onClick={step(1, atEnd || !ready)}>
            {words.next} <span aria-hidden="true">→</span>
          </button>
        </nav>
      </div>
      <p class="present-keys needs-js">{words.keys}</p>
      <p class="visually-hidden" role="status">
        {navMessage}
      </p>
    </div>
  );
}
