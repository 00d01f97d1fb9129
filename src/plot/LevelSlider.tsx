import { describeLevel, LEVEL_MAX, LEVEL_MIN } from './position';
import type { PlotWords } from './plotWords.schema';

// A labelled native range input for one axis: the fully accessible way to move
// the marker, kept in sync with it by the explorer.

interface Props {
  id: string;
  label: string;
  value: number;
  words: Pick<PlotWords, 'sliderValue' | 'sliderShown' | 'levelNames'>;
  onChange: (value: number) => void;
}

export function LevelSlider({ id, label, value, words, onChange }: Props) {
  return (
    <div class="plot-slider">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={LEVEL_MIN}
        max={LEVEL_MAX}
        step={1}
        value={value}
        aria-valuetext={describeLevel(words.sliderValue, value, words.levelNames)}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output for={id} aria-hidden="true">
        {describeLevel(words.sliderShown, value, words.levelNames)}
      </output>
    </div>
  );
}
