import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { projectRoot } from './sites';
import { settledIsland } from './islands';

// Helpers for the facilitator guide's pages. The plans come from the real
// content file, so the tests follow whatever a faculty author has written.

export interface PlanForTests {
  id: string;
  title: string;
  minutes: number;
  segments: { id: string; title: string; minutes: number; click: { label: string; href: string }[]; room: { prompt: string; show?: string } }[];
}

/** content/data/sessions.yaml as the tests need it. */
export function sessionsContent(): { plans: PlanForTests[]; page: Record<string, string>; room: Record<string, string>; present: Record<string, string>; worksheet: Record<string, unknown> } {
  return parse(readFileSync(`${projectRoot}content/data/sessions.yaml`, 'utf8')).sessions;
}

/** A plan by id. */
export function plan(id: string): PlanForTests {
  const found = sessionsContent().plans.find((entry) => entry.id === id);
  if (!found) throw new Error(`content/data/sessions.yaml has no plan "${id}"`);
  return found;
}

/** The plans' ids, in the file's order (each has a present view and notes). */
export function facilitatorPlanIds(): string[] {
  return sessionsContent().plans.map((entry) => entry.id);
}

/** Every page of a plan's room view: the plan's own address (its first segment), then each segment's page. */
export function roomPagePaths(id: string): string[] {
  return [`facilitator/room/${id}/`, ...plan(id).segments.map((segment) => `facilitator/room/${id}/${segment.id}/`)];
}

/** Every page the facilitator guide adds: the guide, the worksheet, and each plan's present view, room view and notes. */
export function facilitatorPages(): string[] {
  return [
    'facilitator/',
    'facilitator/worksheet/',
    ...facilitatorPlanIds().flatMap((id) => [`facilitator/present/${id}/`, ...roomPagePaths(id), `facilitator/notes/${id}/`]),
  ];
}

/** Waits until the present view's island has hydrated, shown the segment in the address and run its effects (keys work). */
export async function hydratedPresentView(page: Page): Promise<void> {
  await settledIsland(page, '.present-view');
}

/** The heading of the segment on show. */
export const shownHeading = (page: Page) => page.locator('.present-segment:not([hidden]) h2');

/** The text of the element with focus. */
export const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** The segment's countdown as shown (mm:ss). */
export const clockText = (page: Page) => page.getByRole('timer', { name: 'Time left in this segment' }).innerText();

/** Printed page count of the page as it is now, on the given paper with a browser's default margins. */
export async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = await page.pdf({ format, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
