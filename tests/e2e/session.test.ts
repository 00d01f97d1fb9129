import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, useChromium } from './support/browser';
import { settledIsland } from './support/islands';
import { clockText, hydratedPresentView, plan, shownHeading } from './support/facilitator';
import { siteUrl } from './support/sites';

// A whole session from the site: the presenter's view and the room view open
// in two windows (two pages of one browser context, as two windows of one
// browser share storage and channels), kept in step by keys, buttons and the
// timer, through reloads, and with a room view that joins late.

const browser = useChromium();
const PROJECTOR = { width: 1280, height: 720 };
const { segments } = plan('30');

interface Windows {
  context: BrowserContext;
  presenter: Page;
  room: Page;
  errors: string[];
}

/** Records a page's console errors and uncaught exceptions into `errors`. */
function watch(page: Page, errors: string[], name: string): Page {
  page.on('console', (message) => message.type() === 'error' && errors.push(`${name}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
  return page;
}

/** The room view's window has settled on a segment's page: its live part has hydrated there and run. */
async function settledRoom(room: Page): Promise<void> {
  await settledIsland(room, '.room-live');
}

/** Opens the presenter's view, then the room view from its button, as a facilitator would. */
async function openBoth(theme: 'light' | 'dark' = 'light'): Promise<Windows> {
  const errors: string[] = [];
  const context = await browser().newContext({ viewport: PROJECTOR, colorScheme: theme, serviceWorkers: 'block' });
  const presenter = watch(await context.newPage(), errors, 'presenter');
  await presenter.goto(siteUrl('root', 'facilitator/present/30/'));
  await hydratedPresentView(presenter);
  const [room] = await Promise.all([presenter.waitForEvent('popup'), presenter.getByRole('button', { name: 'Open the room view in a new window' }).click()]);
  watch(room, errors, 'room');
  await settledRoom(room);
  return { context, presenter, room, errors };
}

/** The title the room shows, once its page is the segment's and has settled. */
async function roomShows(room: Page, index: number): Promise<void> {
  await room.waitForURL((url) => url.pathname.endsWith(`/facilitator/room/30/${segments[index].id}/`) || (index === 0 && url.pathname.endsWith('/facilitator/room/30/')));
  await settledRoom(room);
  expect(await room.getByRole('heading', { level: 1 }).innerText()).toBe(segments[index].title);
}

describe('two windows in step', () => {
  it('opens the room view from the presenter\'s button in a window of its own, at the segment shown', async () => {
    const { context, room, errors } = await openBoth();
    expect(new URL(room.url()).pathname).toBe('/facilitator/room/30/');
    expect(await room.getByRole('heading', { level: 1 }).innerText()).toBe(segments[0].title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every key and button of the presenter moves the room, and every key of the room moves the presenter', async () => {
    const { context, presenter, room, errors } = await openBoth();
    const steps: [Page, string, number][] = [
      [presenter, 'ArrowRight', 1],
      [presenter, 'ArrowLeft', 0],
      [presenter, 'ArrowDown', 1],
      [presenter, 'ArrowUp', 0],
      [presenter, 'PageDown', 1],
      [presenter, 'PageUp', 0],
      [presenter, 'n', 1],
      [presenter, 'p', 0],
      [presenter, 'End', segments.length - 1],
      [presenter, 'Home', 0],
      [room, 'Space', 1],
      [room, 'Shift+Space', 0],
      [room, 'PageDown', 1],
      [room, 'N', 2],
      [room, 'PageUp', 1],
      [room, 'Home', 0],
    ];
    for (const [page, key, index] of steps) {
      await page.keyboard.press(key);
      await expect.poll(() => shownHeading(presenter).innerText(), { message: `${key} in the ${page === room ? 'room' : 'presenter'}` }).toBe(segments[index].title);
      await roomShows(room, index);
    }
    // Buttons in the presenter's view, and the links in the room's.
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await roomShows(room, 1);
    await room.getByRole('link', { name: 'Next' }).click();
    await expect.poll(() => shownHeading(presenter).innerText()).toBe(segments[2].title);
    await roomShows(room, 2);
    await room.getByRole('link', { name: 'Previous' }).click();
    await expect.poll(() => shownHeading(presenter).innerText()).toBe(segments[1].title);
    await roomShows(room, 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows one clock in both windows: started, paused and reset in the presenter\'s view', async () => {
    const { context, presenter, room, errors } = await openBoth();
    const full = `${String(segments[0].minutes).padStart(2, '0')}:00`;
    const roomClock = () => room.getByRole('timer').innerText();
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    // Running: the room counts down from the time the presenter started it.
    await expect.poll(roomClock).not.toBe(full);
    // Paused: both show the very same time, which stays.
    await presenter.getByRole('button', { name: 'Pause timer' }).click();
    const paused = await clockText(presenter);
    await expect.poll(roomClock).toBe(paused);
    await presenter.getByRole('button', { name: 'Resume timer' }).waitFor();
    expect(await roomClock()).toBe(paused);
    await presenter.getByRole('button', { name: 'Reset timer' }).click();
    await expect.poll(roomClock).toBe(full);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts and pauses the one clock from the room view too, with T', async () => {
    const { context, presenter, room, errors } = await openBoth();
    await room.keyboard.press('t');
    await presenter.getByRole('button', { name: 'Pause timer' }).waitFor();
    await room.keyboard.press('T');
    await presenter.getByRole('button', { name: 'Resume timer' }).waitFor();
    const paused = await clockText(presenter);
    await expect.poll(() => room.getByRole('timer').innerText()).toBe(paused);
    // And T in the presenter's view starts it again, leaving focus where it was.
    await presenter.keyboard.press('t');
    await presenter.getByRole('button', { name: 'Pause timer' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the other window within a second, whichever window is used', async () => {
    const { context, presenter, room, errors } = await openBoth();
    const SECOND = 1000;
    // The room goes to the segment's page: its navigation starts within a second of the key.
    const pressedAt = Date.now();
    await presenter.keyboard.press('PageDown');
    await roomShows(room, 1);
    expect(await room.evaluate(() => performance.timeOrigin)).toBeLessThan(pressedAt + SECOND);
    // The presenter's view changes in place.
    await room.keyboard.press('PageDown');
    await expect.poll(() => shownHeading(presenter).innerText(), { timeout: SECOND }).toBe(segments[2].title);
    await roomShows(room, 2);
    await room.keyboard.press('t');
    await presenter.getByRole('button', { name: 'Pause timer' }).waitFor({ timeout: SECOND });
    await presenter.getByRole('button', { name: 'Pause timer' }).click();
    const paused = await clockText(presenter);
    await expect.poll(() => room.getByRole('timer').innerText(), { timeout: SECOND }).toBe(paused);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before Reset clears a running timer', async () => {
    const { context, presenter, errors } = await openBoth();
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    const asked = new Promise<string>((resolve) => presenter.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.dismiss())));
    await presenter.getByRole('button', { name: 'Reset timer' }).click();
    expect(await asked).toBe('Reset the running timer? The time it has counted is lost.');
    expect(await presenter.getByRole('button', { name: 'Pause timer' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the segment and the clock through a reload of either window, and a room view opened late joins them', async () => {
    const { context, presenter, room, errors } = await openBoth();
    await presenter.keyboard.press('PageDown');
    await roomShows(room, 1);
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    await expect.poll(() => clockText(presenter)).not.toBe(`${String(segments[1].minutes).padStart(2, '0')}:00`);
    await presenter.reload();
    await hydratedPresentView(presenter);
    expect(await shownHeading(presenter).innerText()).toBe(segments[1].title);
    expect(await presenter.getByRole('button', { name: 'Pause timer' }).isVisible()).toBe(true);
    await room.reload();
    await roomShows(room, 1);
    await expect.poll(() => room.getByRole('timer').innerText()).not.toBe(`${String(segments[1].minutes).padStart(2, '0')}:00`);
    // A third window, opened at the plan's first page, goes to the session's segment.
    const late = watch(await context.newPage(), errors, 'late room');
    await late.goto(siteUrl('root', 'facilitator/room/30/'));
    await roomShows(late, 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('blanks the room with B or ".", leaving the countdown large, and brings it back', async () => {
    const { context, presenter, room, errors } = await openBoth();
    await presenter.keyboard.press('b');
    await room.locator('.room-blank').waitFor();
    expect(await room.locator('.room-blank-clock').innerText()).toBe(`${String(segments[0].minutes).padStart(2, '0')}:00`);
    await room.keyboard.press('.');
    await room.locator('.room-blank').waitFor({ state: 'detached' });
    await expect.poll(() => presenter.getByRole('button', { name: 'Blank the room' }).getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"?" opens the key help in either view, naming the last key pressed so a clicker can be tested', async () => {
    const { context, presenter, room, errors } = await openBoth();
    for (const page of [presenter, room]) {
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keys for the session' });
      await help.waitFor();
      await page.keyboard.press('PageDown');
      await expect.poll(() => help.locator('.key-help-last').innerText()).toBe('Last key pressed: PageDown');
      await page.keyboard.press('?');
      await help.waitFor({ state: 'hidden' });
    }
    // Testing the clicker moved nothing.
    expect(await shownHeading(presenter).innerText()).toBe(segments[0].title);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core in both views as they are used, %s theme', (theme) => {
  it('finds nothing in the presenter\'s view with its help open, nor in the room view plain and blanked', async () => {
    const { context, presenter, room, errors } = await openBoth(theme);
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    expect(await axeViolations(presenter)).toEqual([]);
    await presenter.keyboard.press('?');
    await presenter.getByRole('dialog').waitFor();
    expect(await axeViolations(presenter)).toEqual([]);
    await presenter.keyboard.press('?');
    expect(await axeViolations(room)).toEqual([]);
    await presenter.keyboard.press('b');
    await room.locator('.room-blank').waitFor();
    expect(await axeViolations(room)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
