import { formatClock, hasStarted, isRunning, remaining, type SegmentTimer } from './timer';
import type { PresentWords } from './sessions.schema';

// The segment's countdown and its buttons: a view of a SegmentTimer. The clock
// is a timer role, which screen readers do not read out as it changes; only
// "time is up" goes to the status line, once.

interface Props {
  timer: SegmentTimer;
  now: number;
  words: Pick<PresentWords, 'timerLabel' | 'start' | 'resume' | 'pause' | 'reset' | 'timeUp'>;
  /** Before the island runs the buttons do nothing. */
  disabled: boolean;
  /** Start, pause or resume. */
  onToggle: () => void;
  onReset: () => void;
}

export function SegmentTimerControls({ timer, now, words, disabled, onToggle, onReset }: Props) {
  const left = remaining(timer, now);
  const up = left === 0;
  const running = isRunning(timer);
  const started = hasStarted(timer, now);
  const label = running ? words.pause : started && !up ? words.resume : words.start;
  // aria-disabled rather than disabled: a button that is pressed as time runs
  // out keeps focus instead of dropping it to the page.
  const toggleOff = disabled || up;
  const resetOff = disabled || !started;

  const toggle = () => {
    if (!toggleOff) onToggle();
  };
  const restart = () => {
    if (!resetOff) onReset();
  };

  return (
    <div class={`present-timer${up ? ' is-up' : ''}${running ? ' is-running' : ''}`}>
      <p class="present-clock">
        <span id="present-timer-label">{words.timerLabel}</span>{' '}
        <span class="present-time" role="timer" aria-live="off" aria-labelledby="present-timer-label">
          {formatClock(left)}
        </span>
      </p>
      <div class="present-timer-buttons">
        <button type="button" class="control" aria-disabled={toggleOff} onClick={toggle}>
          {label}
        </button>
        <button type="button" class="control" aria-disabled={resetOff} onClick={restart}>
          {words.reset}
        </button>
      </div>
      <p class="present-time-up" role="status">
        {up ? words.timeUp : ''}
      </p>
    </div>
  );
}
