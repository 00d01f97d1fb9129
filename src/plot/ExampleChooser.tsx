import type { ExampleRelationship } from './exampleRelationship.schema';

// Named example relationships: choosing one moves the marker there.

interface Props {
  heading: string;
  examples: readonly ExampleRelationship[];
  selected?: string;
  onChoose: (example: ExampleRelationship) => void;
}

export function ExampleChooser({ heading, examples, selected, onChoose }: Props) {
  return (
    <fieldset class="plot-examples">
      <legend>{heading}</legend>
      <ul>
        {examples.map((example) => (
          <li key={example.id}>
            <button type="button" class="control" aria-pressed={example.id === selected} onClick={() => onChoose(example)}>
              {example.name}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
