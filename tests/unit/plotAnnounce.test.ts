import { describe, expect, it } from 'vitest';
import { markerLabel, quadrantChangeAnnouncement } from '../../src/lib/plot/announce';

const names = { stasis: 'Stasis', confirmation: 'Confirmation', retreat: 'Retreat', growth: 'Growth' };

describe('what the plot says to a screen reader', () => {
  it('announces a move into another quadrant', () => {
    expect(quadrantChangeAnnouncement({ support: 5, challenge: 8 }, { support: 6, challenge: 8 }, names)).toBe(
      'Growth: support 6 of 10, high; challenge 8 of 10, high.',
    );
  });

  it('says nothing for a step within the same quadrant', () => {
    expect(quadrantChangeAnnouncement({ support: 6, challenge: 8 }, { support: 7, challenge: 8 }, names)).toBeNull();
  });

  it('labels the marker with its quadrant, position and keys', () => {
    expect(markerLabel({ support: 2, challenge: 9 }, names)).toBe(
      'Marker in Retreat: support 2, challenge 9. Arrow keys move it.',
    );
  });
});
