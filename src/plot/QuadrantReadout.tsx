import { quadrantAt, type PlotPosition } from './position';
import type { Quadrant } from './quadrant.schema';
import type { ExampleRelationship } from './exampleRelationship.schema';
import type { PlotWords } from './plotWords.schema';
import { fillMessage } from '~/ui/template';

// Where the marker is, what a learner lives through there and one step toward
// growth. Not a live region itself: the explorer announces quadrant changes.

interface Props {
  position: PlotPosition;
  quadrants: readonly Quadrant[];
  example?: ExampleRelationship;
  vision?: string;
  words: Pick<PlotWords, 'coordinates' | 'towardGrowth'>;
}

export function QuadrantReadout({ position, quadrants, example, vision, words }: Props) {
  const id = quadrantAt(position);
  const quadrant = quadrants.find((candidate) => candidate.id === id)!;
  return (
    <div class={`plot-readout plot-${id}`}>
      <p class="plot-where">
        <strong class="plot-quadrant">{quadrant.name}</strong>{' '}
        <span class="plot-coordinates">{fillMessage(words.coordinates, { ...position })}</span>
      </p>
      {example && (
        <p class="plot-example-note">
          <strong>{example.name}.</strong> <span class="plot-example-explanation">{example.explanation}</span>
        </p>
      )}
      <p>{quadrant.experience}</p>
      <p>
        <strong>{words.towardGrowth}</strong> {quadrant.nextStep}
      </p>
      {vision && <p class="plot-vision-note">{vision}</p>}
    </div>
  );
}
