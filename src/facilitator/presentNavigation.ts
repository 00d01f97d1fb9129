// Moving through a plan's segments in the present view: which key goes where,
// and the segment's place in the address (the hash), so a reload keeps it.

/** The keys that move between segments, as KeyboardEvent.key values. */
export const NEXT_KEYS = ['ArrowRight', 'PageDown'] as const;
export const PREVIOUS_KEYS = ['ArrowLeft', 'PageUp'] as const;

/** Keeps an index within a list of `count` segments. */
export function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/**
 * The segment a key leads to from `index`, kept within the plan; null for a
 * key that does not navigate (so the browser keeps its usual behaviour).
 */
export function indexAfterKey(key: string, index: number, count: number): number | null {
  if ((NEXT_KEYS as readonly string[]).includes(key)) return clampIndex(index + 1, count);
  if ((PREVIOUS_KEYS as readonly string[]).includes(key)) return clampIndex(index - 1, count);
  if (key === 'Home') return 0;
  if (key === 'End') return clampIndex(count - 1, count);
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
