import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent, TargetedMouseEvent, TargetedPointerEvent } from 'preact';
import { PlotSvg } from './PlotSvg';
import { LevelSlider } from './LevelSlider';
import { QuadrantReadout } from './QuadrantReadout';
import { ExampleChooser } from './ExampleChooser';
import { CopyLinkButton } from './CopyLinkButton';
import { usePresentation } from './usePresentation';
import { clampLevel, nudged, quadrantAt, samePosition, type PlotPosition } from '../../lib/plot/position';
import { positionAtPoint } from '../../lib/plot/geometry';
import { readPlotState, writePlotState, type PlotState } from '../../lib/plot/urlState';
import { markerLabel, quadrantChangeAnnouncement } from '../../lib/plot/announce';
import type { QuadrantId } from '../../lib/quadrants';
import type { Quadrant } from '../../schemas/quadrant';
import type { ExampleRelationship } from '../../schemas/exampleRelationship';
import type { PlotWords } from '../../schemas/plotWords';
import './plot.css';

// The interactive support/challenge plot (an island on the model page). It owns
// the state and wires the views together; the logic is in src/lib/plot/.

export interface ExplorerProps {
  /** The explorer's id: prefixes the ids inside it and is the anchor of shared links. */
  id: string;
  quadrants: Quadrant[];
  examples: ExampleRelationship[];
  words: PlotWords;
}

/** Where the marker starts: low support, low challenge, so the reader has somewhere to go. */
const START: PlotState = { position: { support: 3, challenge: 3 }, vision: false };
/** Waits this long after the last move before updating the address bar (browsers limit how often). */
const URL_UPDATE_DELAY_MS = 250;

export function SupportChallengeExplorer({ id, quadrants, examples, words }: ExplorerProps) {
  const [state, setState] = useState<PlotState>(START);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const [touched, setTouched] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const markerRef = useRef<SVGGElement>(null);
  const { presenting, toggle: togglePresenting, leaveOnEscape } = usePresentation(rootRef);
  const names = useMemo(
    () => Object.fromEntries(quadrants.map((quadrant) => [quadrant.id, quadrant.name])) as Record<QuadrantId, string>,
    [quadrants],
  );

  // A shared link's state, read once the island runs (the server knows no URL).
  useEffect(() => {
    setState(readPlotState(window.location.search, examples, START));
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
    setTouched(true);
    const message = example
      ? `${example.name}: ${names[quadrantAt(position)]}.`
      : quadrantChangeAnnouncement(state.position, position, names);
    if (message) announce(message);
    if (!example && samePosition(state.position, position)) return;
    setState((current) => ({ ...current, position, example: example?.id }));
  };

  const pointerPosition = (event: PointerEvent | MouseEvent): PlotPosition | null => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return positionAtPoint(point);
  };

  const onPointerDown = (event: TargetedPointerEvent<SVGSVGElement>) => {
    // A finger on the grid (not on the marker) may be scrolling the page: a tap places the marker (onClick).
    const onMarker = markerRef.current?.contains(event.target as Node) ?? false;
    if (event.pointerType === 'touch' && !onMarker) return;
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(true);
    markerRef.current?.focus({ preventScroll: true });
    const position = pointerPosition(event);
    if (position) moveTo(position);
  };
  const onPointerMove = (event: TargetedPointerEvent<SVGSVGElement>) => {
    if (!dragging) return;
    const position = pointerPosition(event);
    if (position) moveTo(position);
  };
  const endDrag = () => setDragging(false);
  const onClick = (event: TargetedMouseEvent<SVGSVGElement>) => {
    const position = pointerPosition(event);
    if (position) moveTo(position);
  };

  const onMarkerKeyDown = (event: TargetedKeyboardEvent<SVGGElement>) => {
    const position = nudged(state.position, event.key);
    if (!position) return;
    event.preventDefault();
    moveTo(position);
  };

  const setLevel = (axis: keyof PlotPosition) => (value: number) => {
    const level = clampLevel(value);
    if (level !== null) moveTo({ ...state.position, [axis]: level });
  };

  const toggleVision = (vision: boolean) => {
    setTouched(true);
    setState((current) => ({ ...current, vision }));
  };

  const shareLink = () =>
    `${window.location.origin}${window.location.pathname}${writePlotState(window.location.search, state)}#${id}`;

  const chosenExample = examples.find((example) => example.id === state.example);
  const classes = ['plot-explorer', dragging && 'is-dragging', presenting && 'is-presenting'].filter(Boolean).join(' ');

  return (
    <div ref={rootRef} id={id} class={classes} onKeyDown={(event) => leaveOnEscape(event)}>
      <p class="plot-instructions needs-js">{words.instructions}</p>
      <div class="plot-stage">
        <PlotSvg
          idPrefix={id}
          quadrants={quadrants}
          showVision={state.vision}
          svgRef={svgRef}
          svgProps={{ onPointerDown, onPointerMove, onPointerUp: endDrag, onPointerCancel: endDrag, onClick }}
          marker={{ position: state.position, label: markerLabel(state.position, names), onKeyDown: onMarkerKeyDown, ref: markerRef }}
        />
        <div class="plot-panel needs-js">
          <QuadrantReadout
            position={state.position}
            quadrants={quadrants}
            example={chosenExample}
            vision={state.vision ? words.vision : undefined}
          />
        </div>
      </div>
      <div class="plot-controls needs-js">
        <LevelSlider id={`${id}-support`} label="Support" value={state.position.support} onChange={setLevel('support')} />
        <LevelSlider id={`${id}-challenge`} label="Challenge" value={state.position.challenge} onChange={setLevel('challenge')} />
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
          <CopyLinkButton label="Copy link to this view" link={shareLink} announce={announce} />
          <button type="button" aria-pressed={presenting} onClick={togglePresenting}>
            {presenting ? 'Leave presentation' : 'Present full screen'}
          </button>
        </div>
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
