import { describe, expect, it } from 'vitest';
import { nextFocus } from '~/search/listFocus';

describe('nextFocus (field = 0, links = 1..n)', () => {
  it('moves down from the field into the results and along them, stopping at the last', () => {
    expect(nextFocus('ArrowDown', 0, 3)).toBe(1);
    expect(nextFocus('ArrowDown', 2, 3)).toBe(3);
    expect(nextFocus('ArrowDown', 3, 3)).toBe(3);
  });

  it('moves up to the field, and leaves the caret keys alone in the field', () => {
    expect(nextFocus('ArrowUp', 1, 3)).toBe(0);
    expect(nextFocus('ArrowUp', 0, 3)).toBeUndefined();
    expect(nextFocus('Home', 0, 3)).toBeUndefined();
    expect(nextFocus('End', 0, 3)).toBeUndefined();
  });

  it('jumps to the first and last result from within the results', () => {
    expect(nextFocus('Home', 3, 3)).toBe(1);
    expect(nextFocus('End', 1, 3)).toBe(3);
  });

  it('does nothing without results or for other keys', () => {
    expect(nextFocus('ArrowDown', 0, 0)).toBeUndefined();
    expect(nextFocus('a', 1, 3)).toBeUndefined();
    expect(nextFocus('ArrowDown', -1, 3)).toBeUndefined();
  });
});
