import { formatClock } from './timer';
import { pacing, type SessionState } from './sessionState';
import type { PresentWords } from './sessions.schema';
import { fillMessage } from '~/ui/template';

// The whole session's clock for the presenter, and whether the session is
// ahead of its plan, on time or behind (sessionState.ts's pacing). Like the
// segment's clock, a timer role that screen readers do not read out as it changes.

interface Props {
  state: SessionState;
  now: number;
  words: Pick<PresentWords, 'sessionTime' | 'pace'>;
}

export function SessionPace({ state, now, words }: Props) {
  const { pace, elapsedMs, behindMs } = pacing(state, now);
  const minutes = String(Math.round(Math.abs(behindMs) / 60_000));
  const said = {
    'not-started': words.pace.notStarted,
    'on-time': words.pace.onTime,
    ahead: fillMessage(words.pace.ahead, { minutes }),
    behind: fillMessage(words.pace.behind, { minutes }),
  }[pace];
  return (
    <p class={`present-pace is-${pace}`}>
      <span id="present-session-label">{words.sessionTime}</span>{' '}
      <span class="present-session-time" role="timer" aria-live="off" aria-labelledby="present-session-label">
        {formatClock(elapsedMs)}
      </span>{' '}
      <span class="present-pace-said">{said}</span>
    </p>
  );
}
