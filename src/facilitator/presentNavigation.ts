// Moving through a session by keys (the presenter's view and the room's take
// the same ones), and the segment's place in the address (the hash).

import type { SessionAction } from './sessionState';

/** What a key asks for: a change to the session, the key help, or leaving the view. */
export type KeyCommand = SessionAction | { type: 'help' } | { type: 'leave' };

/**
 * The keys, as KeyboardEvent.key values. Clickers differ: most send PageDown
 * and PageUp, some the arrows; Logitech's blank button sends ".", Kensington's "b".
 * T starts or pauses the segment's timer, so the room's window can do it too.
 */
export const KEYS = {
  next: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'],
  previous: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'],
  first: ['Home'],
  last: ['End'],
  blank: ['b', 'B', '.'],
  'toggle-timer': ['t', 'T'],
  help: ['?'],
  leave: ['Escape'],
} as const;

/** Keeps an index within a list of `count` segments. */
export function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/**
 * What a key asks for; null for a key that is not the session's (so the
 * browser keeps its usual behaviour). Shift+Space goes back, as it scrolls
 * back on a page.
 */
export function commandForKey(key: string, shiftKey = false): KeyCommand | null {
  if (key === ' ') return { type: shiftKey ? 'previous' : 'next' };
  for (const [type, keys] of Object.entries(KEYS) as [KeyCommand['type'], readonly string[]][]) {
    if (keys.includes(key)) return { type } as KeyCommand;
  }
  return null;
}

/** The segment named by a hash ("#the-model"), or the first one for an empty or unknown hash. */
export function indexFromHash(hash: string, ids: readonly string[]): number {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return 0;
  }
  const index = ids.indexOf(id);
  return index === -1 ? 0 : index;
}

/** The hash for a segment: "#the-model". */
export function hashFor(id: string): string {
  return `#${encodeURIComponent(id)}`;
}

/** Fills "{current}" and "{total}" in the position words: "Segment 2 of 5". */
export function positionText(template: string, index: number, count: number): string {
  return template.replaceAll('{current}', String(index + 1)).replaceAll('{total}', String(count));
}

/** A key's name as the key help shows it: the space bar, which has no character, by the given word. */
export function keyName(key: string, spaceWord: string): string {
  return key === ' ' ? spaceWord : key;
}
