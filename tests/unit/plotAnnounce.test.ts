import { describe, expect, it } from 'vitest';
import { markerValueText, quadrantChangeAnnouncement } from '~/plot/announce';

const names = { stasis: 'Stasis', confirmation: 'Confirmation', retreat: 'Retreat', growth: 'Growth' };
// The template in content/data/plot.yaml.
const words = { markerValue: '{quadrant}: support {support} of {max}, challenge {challenge} of {max}' };

describe('what the plot says to a screen reader', () => {
  it('announces a move into another quadrant', () => {
    expect(quadrantChangeAnnouncement({ support: 5, challenge: 8 }, { support: 6, challenge: 8 }, names, words)).toBe(
      'Growth: support 6 of 10, challenge 8 of 10.',
    );
  });

  it('says nothing for a step within the same quadrant', () => {
    expect(quadrantChangeAnnouncement({ support: 6, challenge: 8 }, { support: 7, challenge: 8 }, names, words)).toBeNull();
  });

  it('gives the marker a value text with its quadrant and both ratings', () => {
    expect(markerValueText({ support: 2, challenge: 9 }, names, words)).toBe('Retreat: support 2 of 10, challenge 9 of 10');
    expect(markerValueText({ support: 2, challenge: 9 }, names, { markerValue: '{quadrant} ({support}/{max}, {challenge}/{max})' })).toBe(
      'Retreat (2/10, 9/10)',
    );
  });
});
