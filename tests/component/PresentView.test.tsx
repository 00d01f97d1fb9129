import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PresentView, type PresentViewProps } from '~/facilitator/PresentView';

// The present view in jsdom: keys, buttons, the address and the timer, with an
// injected clock and fake interval timers so no test waits for real time.

// jsdom has no layout, so no scrolling either; and no modal dialogs: open and close by the attribute.
Element.prototype.scrollIntoView = () => {};
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

const segment = (id: string, title: string, minutes: number) => ({
  id,
  title,
  minutes,
  purpose: `Why ${title}`,
  say: `Say ${title}`,
  click: [{ label: `Open ${title}`, href: `/base/${id}/` }],
  prompts: [`Ask about ${title}?`],
});

const SEGMENTS = [segment('opening', 'Opening', 4), segment('the-model', 'The model', 8), segment('closing', 'Closing', 1)];

const WORDS: PresentViewProps['words'] = {
  titlePrefix: 'Presenting:',
  description: 'The plan one segment at a time, for the projector.',
  position: 'Segment {current} of {total}',
  navigation: 'Segments',
  previous: 'Previous',
  next: 'Next',
  start: 'Start timer',
  resume: 'Resume timer',
  pause: 'Pause timer',
  reset: 'Reset timer',
  timerLabel: 'Time left in this segment',
  timeUp: 'Time is up for this segment.',
  plotLink: 'Open the live plot',
  newTab: '(opens in a new tab)',
  exit: 'Back to the facilitator guide',
  keys: 'Keys: arrows, Page Up and Down, Home, End, Escape.',
  nextUp: 'Next:',
  lastSegment: 'This is the last segment.',
  sessionTime: 'Session time',
  pace: { notStarted: 'Starts with the first timer', onTime: 'On time', ahead: '{minutes} min ahead', behind: '{minutes} min behind' },
  openRoom: 'Open the room view',
  blank: 'Blank the room',
  resetConfirm: 'Reset the running timer?',
  keyHelpButton: 'Keys',
  withoutJavaScript: 'Without JavaScript every segment shows.',
};

const KEY_HELP = {
  title: 'Keys for the session',
  intro: 'Both views take the same keys.',
  lastKey: 'Last key pressed:',
  noKeyYet: 'none yet',
  spaceKey: 'Space',
  close: 'Close',
  rows: [{ keys: 'Right arrow', does: 'Next segment' }],
};

const LABELS = { purpose: 'Purpose', say: 'What to say', click: 'What to open', prompts: 'Ask', minutesUnit: 'minutes', oneMinute: 'minute' };

let now = 1_000_000;
const clock = () => now;
let navigate = vi.fn();
let openWindow = vi.fn();
let confirm = vi.fn(() => true);

function renderView(hash = '') {
  window.history.replaceState(null, '', `/facilitator/present/30/${hash}`);
  return render(
    <PresentView
      planId="30"
      planTitle="A 30-minute session"
      segments={SEGMENTS}
      words={WORDS}
      keyHelp={KEY_HELP}
      labels={LABELS}
      plotHref="/base/model/#plot"
      guideHref="/base/facilitator/#plan-30"
      roomHref="/base/facilitator/room/30/"
      clock={clock}
      navigate={navigate}
      openWindow={openWindow}
      confirm={confirm}
    />,
  );
}

const visibleHeading = () => screen.getByRole('heading', { level: 2 });
const press = (key: string, options: Partial<KeyboardEventInit> = {}, target: Element = document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key, ...options });
  });
/** A key as the browser delivers it: outside act(), so effects run when Preact schedules them. */
const pressUnflushed = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
/** Lets Preact render the changes so far (it renders in a microtask), leaving their effects pending. */
const renderedChange = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const clockText = () => screen.getByRole('timer', { name: 'Time left in this segment' }).textContent;
const sessionText = () => document.querySelector('.present-pace')?.textContent;
const timeUpStatus = () => document.querySelector('.present-time-up') as HTMLElement;
/** Moves the injected clock and the interval timers on together. */
const passTime = (ms: number) =>
  act(() => {
    now += ms;
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  now = 1_000_000;
  navigate = vi.fn();
  openWindow = vi.fn();
  confirm = vi.fn(() => true);
  // The session is kept in localStorage (a reload keeps it): each test starts a new one.
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('moving through the segments', () => {
  it('shows the first segment alone, with its place in the plan', () => {
    renderView();
    expect(visibleHeading().textContent).toBe('Opening');
    expect(screen.getByText('Segment 1 of 3')).toBeTruthy();
    expect(document.querySelectorAll('.present-segment:not([hidden])')).toHaveLength(1);
    expect(document.querySelectorAll('.present-segment')).toHaveLength(3);
  });

  it('follows every navigation key, staying within the plan, and keeps the segment in the address', async () => {
    renderView();
    const steps: [string, string][] = [
      ['ArrowRight', 'The model'],
      ['PageDown', 'Closing'],
      ['ArrowRight', 'Closing'],
      ['PageDown', 'Closing'],
      ['ArrowLeft', 'The model'],
      ['PageUp', 'Opening'],
      ['PageUp', 'Opening'],
      ['ArrowLeft', 'Opening'],
      ['End', 'Closing'],
      ['Home', 'Opening'],
    ];
    for (const [key, title] of steps) {
      press(key);
      expect(visibleHeading().textContent, key).toBe(title);
      expect(window.location.hash, key).toBe(`#${SEGMENTS.find((entry) => entry.title === title)!.id}`);
    }
  });

  it('moves focus to the new heading after a key, so a screen reader reads the segment', async () => {
    renderView();
    press('ArrowRight');
    await waitFor(() => expect(document.activeElement).toBe(visibleHeading()));
    expect(visibleHeading().textContent).toBe('The model');
    expect(visibleHeading().getAttribute('tabindex')).toBe('-1');
  });

  // A clicker can send two presses within one frame, and a first press can come right after the
  // island shows ready. Preact renders a change at once (a microtask) but runs effects only after
  // the next frame, so these presses go past act(), which would flush effects at each one.
  it('keeps focus on the heading shown when a key comes before the last one\'s effects have run', async () => {
    renderView();
    pressUnflushed('ArrowRight');
    await renderedChange();
    expect(visibleHeading().textContent).toBe('The model');
    pressUnflushed('ArrowRight');
    await renderedChange();
    expect(visibleHeading().textContent).toBe('Closing');
    await waitFor(() => expect(document.activeElement).toBe(visibleHeading()));
  });

  it('keeps focus on the heading shown when two keys come before any render', async () => {
    renderView();
    pressUnflushed('ArrowRight');
    pressUnflushed('End');
    await renderedChange();
    expect(visibleHeading().textContent).toBe('Closing');
    await waitFor(() => expect(document.activeElement).toBe(visibleHeading()));
    pressUnflushed('ArrowLeft');
    pressUnflushed('ArrowRight');
    await renderedChange();
    expect(visibleHeading().textContent).toBe('Closing');
    await waitFor(() => expect(document.activeElement).toBe(visibleHeading()));
  });

  it('stops the browser scrolling for the keys it uses, and leaves other keys alone', () => {
    renderView();
    const event = new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true });
    act(() => {
      document.body.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    const other = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
  });

  it('ignores keys with a modifier (Alt+Left is the browser going back) and keys typed into a field or a dialog', () => {
    renderView();
    press('ArrowRight', { altKey: true });
    press('ArrowRight', { ctrlKey: true });
    press('End', { metaKey: true });
    const field = document.body.appendChild(document.createElement('input'));
    press('ArrowRight', {}, field);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    const button = dialog.appendChild(document.createElement('button'));
    press('ArrowRight', {}, button);
    press('Escape', {}, button);
    expect(visibleHeading().textContent).toBe('Opening');
    expect(navigate).not.toHaveBeenCalled();
    field.remove();
    dialog.remove();
  });

  it('opens at the segment named in the address, and follows a changed address', () => {
    renderView('#the-model');
    expect(visibleHeading().textContent).toBe('The model');
    expect(screen.getByText('Segment 2 of 3')).toBeTruthy();
    act(() => {
      window.history.replaceState(null, '', '#closing');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(visibleHeading().textContent).toBe('Closing');
  });

  it('opens at the first segment for an unknown segment in the address', () => {
    renderView('#no-such-segment');
    expect(visibleHeading().textContent).toBe('Opening');
  });

  it('moves with the Previous and Next buttons, keeping focus on the button and saying where it went', () => {
    renderView();
    const previous = screen.getByRole('button', { name: /Previous/ });
    const next = screen.getByRole('button', { name: /Next/ });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    next.focus();
    fireEvent.click(next);
    expect(visibleHeading().textContent).toBe('The model');
    expect(document.activeElement).toBe(next);
    expect(document.querySelector('.present-view > [role="status"]')?.textContent).toBe('Segment 2 of 3: The model');
    fireEvent.click(next);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(visibleHeading().textContent).toBe('Closing');
    expect(document.activeElement).toBe(next);
    fireEvent.click(previous);
    expect(visibleHeading().textContent).toBe('The model');
    expect(window.location.hash).toBe('#the-model');
  });

  it('leaves for the facilitator guide on Escape, and links to it and to the live plot in a new tab', () => {
    renderView();
    press('Escape');
    expect(navigate).toHaveBeenCalledWith('/base/facilitator/#plan-30');
    const exit = screen.getByRole('link', { name: 'Back to the facilitator guide' });
    expect(exit.getAttribute('href')).toBe('/base/facilitator/#plan-30');
    const plot = screen.getByRole('link', { name: 'Open the live plot (opens in a new tab)' });
    expect(plot.getAttribute('href')).toBe('/base/model/#plot');
    expect(plot.getAttribute('target')).toBe('_blank');
    expect(plot.getAttribute('rel')).toContain('noopener');
  });
});

describe('the segment timer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  });

  it('shows the segment length until started, and counts down once started', () => {
    renderView();
    expect(clockText()).toBe('04:00');
    passTime(10_000);
    expect(clockText()).toBe('04:00');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(61_000);
    expect(clockText()).toBe('02:59');
  });

  it('pauses, resumes and resets', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(30_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    passTime(120_000);
    expect(clockText()).toBe('03:30');
    fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    passTime(30_000);
    expect(clockText()).toBe('03:00');
    fireEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    expect(clockText()).toBe('04:00');
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reset timer' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('says once, politely, when time is up, and is otherwise silent to screen readers', () => {
    renderView('#closing');
    const timer = screen.getByRole('timer', { name: 'Time left in this segment' });
    expect(timer.getAttribute('aria-live')).toBe('off');
    expect(timer.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.getElementById(timer.getAttribute('aria-labelledby')!)?.textContent).toBe('Time left in this segment');
    expect(timeUpStatus().getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(59_000);
    expect(timeUpStatus().textContent).toBe('');
    passTime(1_000);
    expect(clockText()).toBe('00:00');
    expect(timeUpStatus().textContent).toBe('Time is up for this segment.');
    const toggle = screen.getByRole('button', { name: 'Start timer' });
    expect(toggle.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(toggle);
    passTime(5_000);
    expect(clockText()).toBe('00:00');
    fireEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    expect(clockText()).toBe('01:00');
    expect(timeUpStatus().textContent).toBe('');
  });

  it('gives each segment its own timer, paused when the facilitator moves on', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(60_000);
    press('ArrowRight');
    expect(clockText()).toBe('08:00');
    passTime(60_000);
    press('ArrowLeft');
    expect(clockText()).toBe('03:00');
    expect(screen.getByRole('button', { name: 'Resume timer' })).toBeTruthy();
  });
});

describe('the presenter\'s side of the session', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  });

  it('names the next segment, and says when this is the last', () => {
    renderView();
    expect(document.querySelector('.present-next')?.textContent).toBe('Next: The model');
    press('End');
    expect(document.querySelector('.present-next')?.textContent).toBe('This is the last segment.');
  });

  it('asks before Reset clears a running timer, and keeps it if the facilitator says no', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(30_000);
    confirm.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    expect(confirm).toHaveBeenCalledWith('Reset the running timer?');
    expect(clockText()).toBe('03:30');
    fireEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    expect(clockText()).toBe('04:00');
    // A paused timer resets without asking.
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(5_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset timer' }));
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('shows the session\'s time from the first timer started, and whether it is on time, ahead or behind the plan', () => {
    renderView();
    expect(sessionText()).toBe('Session time 00:00 Starts with the first timer');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(60_000);
    expect(sessionText()).toBe('Session time 01:00 On time');
    // On to the second segment after one of the first's four minutes: three minutes ahead.
    press('ArrowRight');
    expect(sessionText()).toBe('Session time 01:00 3 min ahead');
    // Its timer never started, and six minutes go by: the plan expected four plus some of it.
    passTime(6 * 60_000);
    expect(sessionText()).toBe('Session time 07:00 3 min behind');
  });

  it('blanks the room with its button, pressed while the room is blank', () => {
    renderView();
    const blank = screen.getByRole('button', { name: 'Blank the room' });
    expect(blank.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(blank);
    expect(blank.getAttribute('aria-pressed')).toBe('true');
    press('b');
    expect(blank.getAttribute('aria-pressed')).toBe('false');
    press('.');
    expect(blank.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens the room view in a window of its own, from the click', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Open the room view' }));
    expect(openWindow).toHaveBeenCalledWith('/base/facilitator/room/30/', 'room-30');
  });

  it('opens the key help with "?", shows the last key pressed there without moving, and closes with "?"', () => {
    renderView();
    press('?');
    const help = screen.getByRole('dialog', { name: 'Keys for the session' });
    expect(help.hasAttribute('open')).toBe(true);
    expect(help.querySelector('.key-help-last')?.textContent).toBe('Last key pressed: none yet');
    press('PageDown');
    expect(help.querySelector('.key-help-last')?.textContent).toBe('Last key pressed: PageDown');
    press(' ');
    expect(help.querySelector('.key-help-last')?.textContent).toBe('Last key pressed: Space');
    expect(document.querySelector('.present-segment:not([hidden]) h2')?.textContent).toBe('Opening');
    press('?');
    expect(help.hasAttribute('open')).toBe(false);
    press('PageDown');
    expect(visibleHeading().textContent).toBe('The model');
  });

  it('keeps the segment and the clock through a reload', () => {
    const first = renderView();
    press('ArrowRight');
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    passTime(90_000);
    first.unmount();
    window.history.replaceState(null, '', '/facilitator/present/30/');
    passTime(10_000);
    renderView();
    expect(visibleHeading().textContent).toBe('The model');
    expect(clockText()).toBe('06:20');
    expect(screen.getByRole('button', { name: 'Pause timer' })).toBeTruthy();
  });
});

