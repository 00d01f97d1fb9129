import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { PlotSvg } from './PlotSvg';
import { drawingWords } from './drawingWords';
import { LevelSlider } from './LevelSlider';
import { QuadrantReadout } from './QuadrantReadout';
import { ExampleChooser } from './ExampleChooser';
import { CopyButton } from '~/ui/CopyButton';
import { useSettledMark } from '~/ui/useSettledMark';
import { usePresentation } from './usePresentation';
import { usePointerPlacement } from './usePointerPlacement';
import { clampLevel, nudged, quadrantAt, samePosition, type PlotPosition } from './position';
import { readPlotState, writePlotState, type PlotState } from './urlState';
import { markerValueText, quadrantChangeAnnouncement } from './announce';
import type { QuadrantId } from './quadrants';
import type { Quadrant } from './quadrant.schema';
import type { ExampleRelationship } from './exampleRelationship.schema';
import type { PlotWords } from './plotWords.schema';
import plotContent from 'virtual:plot/content';
import './plot-svg.css';
import './plot.css';

// The interactive support/challenge plot (an island on the model page). It owns
// the state and wires the views together; the logic is in the .ts files beside it.

export interface ExplorerProps {
  /** The explorer's id: prefixes the ids inside it and is the anchor of shared links. */
  id: string;
  /**
   * The content comes with the script (src/plot/plotContent.ts), so pages pass
   * none of it; the component tests pass their own.
   */
  quadrants?: Quadrant[];
  examples?: ExampleRelationship[];
  words?: PlotWords;
  /**
   * "room": the room view's projector look (src/facilitator/RoomPiece.astro): the
   * drawing, the readout and the examples, in the room's large type; the sliders,
   * copy link and projector button, which are for a reader alone, are left out
   * (the marker still moves by keys and by dragging).
   */
  look?: 'page' | 'room';
}

/** Where the marker starts: low support, low challenge, so the reader has somewhere to go. */
const START: PlotState = { position: { support: 3, challenge: 3 }, vision: false };
/** Waits this long after the last move before updating the address bar (browsers limit how often). */
const URL_UPDATE_DELAY_MS = 250;

export function SupportChallengeExplorer({
  id,
  quadrants = plotContent.quadrants,
  examples = plotContent.examples,
  words = plotContent.words,
  look = 'page',
}: ExplorerProps) {
  const [state, setState] = useState<PlotState>(START);
  const [announcement, setAnnouncement] = useState('');
  const [ready, setReady] = useState(false);
  const [touched, setTouched] = useState(false);
  const [gliding, setGliding] = useState(false);
  // The latest state, for handlers that run before Preact re-renders (fast drags, key repeat).
  const current = useRef(state);
  current.current = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const markerRef = useRef<SVGGElement>(null);
  const presentation = usePresentation(rootRef);
  const names = useMemo(
    () => Object.fromEntries(quadrants.map((quadrant) => [quadrant.id, quadrant.name])) as Record<QuadrantId, string>,
    [quadrants],
  );
  const drawing = useMemo(() => drawingWords(words), [words]);

  // Once the island runs: read a shared link's state (the server knows no URL)
  // and switch the controls on (until now they were visible but disabled).
  useEffect(() => {
    setState(readPlotState(window.location.search, examples, START));
    setReady(true);
  }, [examples]);

  // Keep the address bar in step, so copying it from the browser shares this view too.
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => {
      const url = `${window.location.pathname}${writePlotState(window.location.search, state)}${window.location.hash}`;
      history.replaceState(history.state, '', url);
    }, URL_UPDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, touched]);

  // A live region only speaks when its text changes: an invisible toggle lets
  // the same words (e.g. choosing the same example again) be heard again.
  const announce = (message: string) =>
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  const moveTo = (position: PlotPosition, example?: ExampleRelationship) => {
    const from = current.current;
    setTouched(true);
    setGliding(Boolean(example));
    const message = example
      ? `${example.name}: ${names[quadrantAt(position)]}.`
      : quadrantChangeAnnouncement(from.position, position, names, words);
    if (message) announce(message);
    if (!example && samePosition(from.position, position)) return;
    current.current = { ...from, position, example: example?.id };
    setState(current.current);
  };

  const pointer = usePointerPlacement(svgRef, markerRef, moveTo);
  // Last of the hooks: the mark follows every other effect of the ready render.
  useSettledMark(rootRef, ready);

  const onMarkerKeyDown = (event: TargetedKeyboardEvent<SVGGElement>) => {
    const position = nudged(current.current.position, event.key);
    if (!position) return;
    event.preventDefault();
    moveTo(position);
  };

  const setLevel = (axis: keyof PlotPosition) => (value: number) => {
    const level = clampLevel(value);
    if (level !== null) moveTo({ ...current.current.position, [axis]: level });
  };

  const toggleVision = (vision: boolean) => {
    setTouched(true);
    setState((previous) => ({ ...previous, vision }));
  };

  const shareLink = () =>
    `${window.location.origin}${window.location.pathname}${writePlotState(window.location.search, state)}#${id}`;

  const chosenExample = examples.find((example) => example.id === state.example);
  const classes = [
    'plot-explorer',
    pointer.dragging && 'is-dragging',
    gliding && 'is-gliding',
    presentation.presenting && 'is-presenting',
    look === 'room' && 'is-room',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    // Search skips the whole explorer: its words are controls, or repeat the
    // quadrant descriptions that follow it on the page.
    <div ref={rootRef} id={id} class={classes} data-pagefind-ignore="all">
      <p class="plot-instructions needs-js">{words.instructions}</p>
      <p id={`${id}-keys`} class="visually-hidden">
        {words.keysHint}
      </p>
      <div class="plot-stage">
        <PlotSvg
          idPrefix={id}
          quadrants={quadrants}
          words={drawing}
          showVision={state.vision}
          svgRef={svgRef}
          svgProps={pointer.handlers}
          marker={{
            position: state.position,
            valueText: markerValueText(state.position, names, words),
            label: words.marker.label,
            roleDescription: words.marker.roleDescription,
            describedBy: `${id}-keys`,
            disabled: !ready,
            onKeyDown: onMarkerKeyDown,
            ref: markerRef,
          }}
        />
        <div class="plot-panel needs-js">
          <QuadrantReadout
            position={state.position}
            quadrants={quadrants}
            example={chosenExample}
            vision={state.vision ? words.vision : undefined}
            words={words}
          />
        </div>
      </div>
      <fieldset class="plot-controls needs-js" disabled={!ready}>
        <legend class="visually-hidden">{words.controlsLegend}</legend>
        <LevelSlider id={`${id}-support`} label={words.support} value={state.position.support} words={words} onChange={setLevel('support')} />
        <LevelSlider id={`${id}-challenge`} label={words.challenge} value={state.position.challenge} words={words} onChange={setLevel('challenge')} />
        <label class="plot-vision-toggle">
          <input type="checkbox" checked={state.vision} onChange={(event) => toggleVision(event.currentTarget.checked)} />
          {words.visionLabel}
        </label>
        <ExampleChooser
          heading={words.examplesHeading}
          examples={examples}
          selected={state.example}
          onChoose={(example) => moveTo({ support: example.support, challenge: example.challenge }, example)}
        />
        <div class="plot-actions">
          <CopyButton class="plot-share" words={words.copyLink} text={shareLink} announce={announce} />
          <button type="button" class="control" onClick={presentation.toggle}>
            {presentation.presenting ? words.leavePresent : words.present}
          </button>
        </div>
      </fieldset>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
