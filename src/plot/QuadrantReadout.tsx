import { quadrantAt, type PlotPosition } from './position';
import type { Quadrant } from './quadrant.schema';
import type { ExampleRelationship } from './exampleRelationship.schema';

// Where the marker is, what a learner lives through there and one step toward
// growth. Not a live region itself: the explorer announces quadrant changes.

interface Props {
  position: PlotPosition;
  quadrants: readonly Quadrant[];
  example?: ExampleRelationship;
  vision?: string;
}

export function QuadrantReadout({ position, quadrants, example, vision }: Props) {
  const id = quadrantAt(position);
  const quadrant = quadrants.find((candidate) => candidate.id === id)!;
  return (
    <div class={`plot-readout plot-${id}`}>
      <p class="plot-where">
        <strong class="plot-quadrant">{quadrant.name}</strong>{' '}
        <span class="plot-coordinates">
          (support {position.support}, challenge {position.challenge})
        </span>
      </p>
      {example && (
        <p class="plot-example-note">
          <strong>{example.name}.</strong> {example.explanation}
        </p>
      )}
      <p>{quadrant.experience}</p>
      <p>
        <strong>Toward growth:</strong> {quadrant.nextStep}
      </p>
      {vision && <p class="plot-vision-note">{vision}</p>}
    </div>
  );
}
