import { describe, expect, it } from 'vitest';
import { drawingDescription, drawingWords } from '~/plot/drawingWords';
import { splitMessage } from '~/ui/template';
import { explorerProps } from '../component/fixtures';

// The grid's words for PlotSvg, and the description screen readers hear for the whole drawing.

const names = new Map(explorerProps.quadrants.map((quadrant) => [quadrant.id, quadrant.name]));

describe("the grid's drawing words", () => {
  it("takes the axes' names, low and high, the vision label and the templates from the plot's words", () => {
    expect(drawingWords(explorerProps.words)).toEqual({
      support: 'Support',
      challenge: 'Challenge',
      low: 'low',
      high: 'high',
      vision: 'Vision',
      description: 'Support on the horizontal axis, challenge on the vertical axis: {quadrants}.',
      levels: '{support} support, {challenge} challenge',
    });
  });

  it('describes the drawing with each quadrant and its levels, in grid order', () => {
    expect(drawingDescription(drawingWords(explorerProps.words), names)).toBe(
      'Support on the horizontal axis, challenge on the vertical axis: Retreat (low support, high challenge); Growth (high support, high challenge); ' +
        'Stasis (low support, low challenge); Confirmation (high support, low challenge).',
    );
  });

  it("words the levels as the content does (an author's other language or order)", () => {
    const words = { ...drawingWords(explorerProps.words), low: 'niedrig', high: 'hoch', levels: 'Unterstützung {support}, Herausforderung {challenge}', description: '{quadrants}' };
    expect(drawingDescription(words, names)).toMatch(/^Retreat \(Unterstützung niedrig, Herausforderung hoch\); Growth/);
  });
});

describe('a template split around a placeholder', () => {
  it('gives the words before and after it, with the other placeholders filled', () => {
    expect(splitMessage('Your answers place you in {quadrant}.', 'quadrant')).toEqual(['Your answers place you in ', '.']);
    expect(splitMessage('{n}: {quadrant}, {n}', 'quadrant', { n: 2 })).toEqual(['2: ', ', 2']);
  });

  it('is the whole message before, when the placeholder is not there', () => {
    expect(splitMessage('No place here', 'quadrant')).toEqual(['No place here', '']);
  });
});
