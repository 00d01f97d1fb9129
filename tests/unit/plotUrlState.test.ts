import { describe, expect, it } from 'vitest';
import { readPlotState, writePlotState, type PlotState } from '~/plot/urlState';

const examples = [
  { id: 'friendly-preceptor', support: 8, challenge: 2 },
  { id: 'demanding-attending', support: 2, challenge: 9 },
];
const fallback: PlotState = { position: { support: 3, challenge: 3 }, vision: false };
const read = (search: string) => readPlotState(search, examples, fallback);

describe('plot state in a shared link', () => {
  it('reads a position and the vision toggle', () => {
    expect(read('?support=8&challenge=7&vision=on')).toEqual({ position: { support: 8, challenge: 7 }, vision: true });
  });

  it('falls back when the link says nothing', () => {
    expect(read('')).toEqual(fallback);
    expect(read('?pagefind-highlight=support')).toEqual(fallback);
  });

  it('clamps numbers outside the scale and rounds fractions', () => {
    expect(read('?support=99&challenge=-4').position).toEqual({ support: 10, challenge: 1 });
    expect(read('?support=0&challenge=6.6').position).toEqual({ support: 1, challenge: 7 });
  });

  it('ignores values that are not plain numbers, one by one', () => {
    expect(read('?support=NaN&challenge=9').position).toEqual({ support: 3, challenge: 9 });
    expect(read('?support=Infinity&challenge=1e400').position).toEqual(fallback.position);
    expect(read('?support=<script>alert(1)</script>&challenge=0x10').position).toEqual(fallback.position);
    expect(read('?support=&challenge=%20').position).toEqual(fallback.position);
    expect(read('?support=7;drop&challenge=1234567890').position).toEqual(fallback.position);
    expect(read('?support=1000&challenge=12345678').position).toEqual({ support: 10, challenge: 10 });
  });

  it('takes an example\'s position, and keeps the example only while the marker is on it', () => {
    expect(read('?example=friendly-preceptor')).toEqual({
      position: { support: 8, challenge: 2 },
      vision: false,
      example: 'friendly-preceptor',
    });
    expect(read('?example=friendly-preceptor&support=8&challenge=2').example).toBe('friendly-preceptor');
    expect(read('?example=friendly-preceptor&support=5&challenge=5')).toEqual({
      position: { support: 5, challenge: 5 },
      vision: false,
    });
  });

  it('ignores an unknown example and an odd vision value', () => {
    expect(read('?example=<img src=x onerror=alert(1)>')).toEqual(fallback);
    expect(read('?vision=<b>yes</b>').vision).toBe(false);
    expect(read('?vision=1').vision).toBe(true);
  });

  it('writes the state and keeps the page\'s other parameters', () => {
    const state: PlotState = { position: { support: 8, challenge: 2 }, vision: true, example: 'friendly-preceptor' };
    expect(writePlotState('?pagefind-highlight=growth', state)).toBe(
      '?pagefind-highlight=growth&support=8&challenge=2&vision=on&example=friendly-preceptor',
    );
  });

  it('drops vision and example when they are off', () => {
    expect(writePlotState('?support=1&vision=on&example=busy', { position: { support: 4, challenge: 6 }, vision: false })).toBe(
      '?support=4&challenge=6',
    );
  });

  it('reads back what it writes', () => {
    const state: PlotState = { position: { support: 2, challenge: 9 }, vision: true, example: 'demanding-attending' };
    expect(read(writePlotState('', state))).toEqual(state);
  });
});
