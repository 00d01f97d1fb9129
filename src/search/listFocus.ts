/**
 * Where focus moves when a key is pressed in a search panel. Positions are the
 * field (0) followed by the result links (1..linkCount). Returns undefined for
 * keys that do not move focus, so they keep their usual meaning (Home and End
 * move the caret while the field has focus).
 */
export function nextFocus(key: string, current: number, linkCount: number): number | undefined {
  if (linkCount === 0 || current < 0) return undefined;
  const onLink = current > 0;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, linkCount);
    case 'ArrowUp':
      return onLink ? current - 1 : undefined;
    case 'Home':
      return onLink ? 1 : undefined;
    case 'End':
      return onLink ? linkCount : undefined;
    default:
      return undefined;
  }
}
