import type { Ref, SVGAttributes, TargetedKeyboardEvent } from 'preact';
import { GRID_ORDER, type QuadrantId } from './quadrants';
import { drawingDescription, type DrawingWords } from './drawingWords';
import {
  MARGIN,
  PLOT_SIZE,
  pointFor,
  quadrantRect,
  VIEW_BOX,
  VISION_TARGET,
  visionArrowPath,
} from './geometry';
import { LEVEL_MAX, LEVEL_MIN, type PlotPosition } from './position';

// The support/challenge grid as SVG: a pure view. It draws what it is given
// and reports nothing; the explorer (a movable marker) and the self-assessment
// (a trail of results) own the state. Its styles, plot-svg.css, are imported
// by each view that draws it: the self-assessment links them only with its
// results view, so they stay out of that page's first 14 KB.

export interface MarkerProps {
  position: PlotPosition;
  /** The marker's name, and what screen readers call a slider that moves in two directions. */
  label: string;
  roleDescription: string;
  /** What a screen reader hears as the marker's value: its quadrant and both ratings. */
  valueText: string;
  /** id of the element that says which keys move the marker. */
  describedBy?: string;
  /** Before the island runs the marker cannot move, so it is not offered as a control. */
  disabled?: boolean;
  onKeyDown?: (event: TargetedKeyboardEvent<SVGGElement>) => void;
  ref?: Ref<SVGGElement>;
}

export interface PlotSvgProps {
  /** Prefix for the ids inside the SVG, unique on the page. */
  idPrefix: string;
  quadrants: readonly { id: QuadrantId; name: string }[];
  /** The drawing's words (drawingWords.ts): its axes, the vision label, its description. */
  words: DrawingWords;
  marker?: MarkerProps;
  showVision?: boolean;
  /**
   * Results to draw as dots joined in order, the last one largest (the
   * self-assessment's attempts). Drawn for sight only: the page gives the same
   * results as text and a table.
   */
  trail?: readonly PlotPosition[];
  /**
   * Separate results to draw as labelled dots, not joined (learners' views of
   * a mentor, and the mentor's own): "self" drawn like the marker, the others
   * as small numbered dots. For sight only: the page gives them as text.
   */
  points?: readonly PlotPoint[];
  svgRef?: Ref<SVGSVGElement>;
  svgProps?: SVGAttributes<SVGSVGElement>;
}

/** One labelled dot of `points`. */
export interface PlotPoint {
  position: PlotPosition;
  /** A short label drawn in the dot ("1"), for "other" points. */
  label: string;
  kind: 'self' | 'other';
}

/** The quadrant names' size and distance from the quadrant's edges, in the drawing's units (plot-svg.css sets the same size). */
const NAME_SIZE = 20;
const NAME_INSET = 8;

export function PlotSvg({ idPrefix, quadrants, words, marker, showVision = false, trail = [], points = [], svgRef, svgProps }: PlotSvgProps) {
  const byId = new Map(quadrants.map((quadrant) => [quadrant.id, quadrant]));
  const plotBottom = MARGIN.top + PLOT_SIZE;
  const plotRight = MARGIN.left + PLOT_SIZE;
  const markerPoint = marker && pointFor(marker.position);
  // The whole drawing in words. An aria-label, not a <title>, which would pop up
  // as a tooltip over the entire plot.
  const description = drawingDescription(words, new Map(quadrants.map((quadrant) => [quadrant.id, quadrant.name])));
  const arrowId = `${idPrefix}-arrow`;

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${VIEW_BOX.width} ${VIEW_BOX.height}`}
      // A group, not an image: an image's children are hidden from assistive
      // technology, and the marker inside must be reachable.
      role="group"
      aria-label={description}
      class="plot-svg"
      {...svgProps}
    >
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" class="plot-arrow-head" />
        </marker>
      </defs>
      {/* The label says all the drawing says; the drawn words would only repeat it. */}
      <g aria-hidden="true">
      {GRID_ORDER.map((id) => {
        const rect = quadrantRect(id);
        // Each name along its quadrant's outer edge, clear of the middle ratings
        // where a marker most often sits (the default 3 and 3 is the middle of
        // Stasis), and at the left, clear of the vision arrow's top-right corner.
        const top = rect.y === MARGIN.top;
        return (
          <g key={id} class={`plot-cell plot-${id}`}>
            <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} />
            <text
              x={rect.x + NAME_INSET}
              y={top ? rect.y + NAME_INSET + NAME_SIZE / 2 : rect.y + rect.height - NAME_INSET - NAME_SIZE / 2}
              class="plot-name plot-start"
            >
              {byId.get(id)?.name ?? id}
            </text>
          </g>
        );
      })}
      {/* The lines between low and high: the quadrants' pastel fills alone are too faint a boundary. */}
      <line class="plot-midline" x1={MARGIN.left + PLOT_SIZE / 2} y1={MARGIN.top} x2={MARGIN.left + PLOT_SIZE / 2} y2={plotBottom} />
      <line class="plot-midline" x1={MARGIN.left} y1={MARGIN.top + PLOT_SIZE / 2} x2={plotRight} y2={MARGIN.top + PLOT_SIZE / 2} />
      <line class="plot-axis" x1={MARGIN.left} y1={plotBottom} x2={plotRight} y2={plotBottom} marker-end={`url(#${arrowId})`} />
      <line class="plot-axis" x1={MARGIN.left} y1={plotBottom} x2={MARGIN.left} y2={MARGIN.top} marker-end={`url(#${arrowId})`} />
      <text class="plot-axis-label" x={MARGIN.left + PLOT_SIZE / 2} y={plotBottom + 44}>{words.support}</text>
      <text class="plot-tick plot-start" x={MARGIN.left + 4} y={plotBottom + 20}>{words.low}</text>
      <text class="plot-tick plot-end" x={plotRight} y={plotBottom + 20}>{words.high}</text>
      <text class="plot-axis-label" transform={`translate(${MARGIN.left - 42} ${MARGIN.top + PLOT_SIZE / 2}) rotate(-90)`}>{words.challenge}</text>
      <text class="plot-tick plot-start" transform={`translate(${MARGIN.left - 18} ${plotBottom - 4}) rotate(-90)`}>{words.low}</text>
      <text class="plot-tick plot-end" transform={`translate(${MARGIN.left - 18} ${MARGIN.top}) rotate(-90)`}>{words.high}</text>
      </g>
      {showVision && (
        <g class="plot-vision" aria-hidden="true">
          <path d={visionArrowPath()} class="plot-vision-arrow" marker-end={`url(#${arrowId})`} />
          <circle cx={VISION_TARGET.x} cy={VISION_TARGET.y} r="18" class="plot-vision-ring" />
          <circle cx={VISION_TARGET.x} cy={VISION_TARGET.y} r="8" class="plot-vision-centre" />
          <text x={VISION_TARGET.x - 30} y={VISION_TARGET.y} class="plot-vision-label">{words.vision}</text>
        </g>
      )}
      {trail.length > 0 && <Trail positions={trail} />}
      {points.length > 0 && <Points points={points} />}
      {marker && markerPoint && (
        <g
          ref={marker.ref}
          class="plot-marker needs-js"
          tabindex={marker.disabled ? -1 : 0}
          // A slider whose value is a point: its value text names the quadrant and
          // both ratings, so each step is heard. Left/right and up/down move it
          // along the two axes, as the description says.
          role="slider"
          aria-roledescription={marker.roleDescription}
          aria-label={marker.label}
          aria-valuemin={LEVEL_MIN}
          aria-valuemax={LEVEL_MAX}
          aria-valuenow={marker.position.support}
          aria-valuetext={marker.valueText}
          aria-describedby={marker.describedBy}
          aria-disabled={marker.disabled ? 'true' : undefined}
          onKeyDown={marker.onKeyDown}
          // A finger on the marker drags it rather than scrolling the page:
          // cancelling the touch is what stops the browser from panning.
          onTouchStart={(event) => event.preventDefault()}
        >
          {/* A wide transparent ring: an easy target for a finger (WCAG 2.5.8). */}
          <circle cx={markerPoint.x} cy={markerPoint.y} r="24" class="plot-marker-hit" />
          <circle cx={markerPoint.x} cy={markerPoint.y} r="13" class="plot-marker-dot" />
          <circle cx={markerPoint.x} cy={markerPoint.y} r="4" class="plot-marker-core" />
        </g>
      )}
    </svg>
  );
}

/** Earlier results as small numbered dots joined by a line, ending at the latest, drawn like the marker. */
function Trail({ positions }: { positions: readonly PlotPosition[] }) {
  const points = positions.map(pointFor);
  const latest = points[points.length - 1];
  return (
    <g class="plot-trail" aria-hidden="true">
      {points.length > 1 && <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} class="plot-trail-line" />}
      {points.slice(0, -1).map((point, index) => (
        <g key={index} class="plot-trail-earlier">
          <circle cx={point.x} cy={point.y} r="11" />
          <text x={point.x} y={point.y}>{index + 1}</text>
        </g>
      ))}
      <circle cx={latest.x} cy={latest.y} r="13" class="plot-marker-dot" />
      <circle cx={latest.x} cy={latest.y} r="4" class="plot-marker-core" />
    </g>
  );
}

/** Separate labelled dots: the others small and numbered, "self" drawn like the marker, on top. */
function Points({ points }: { points: readonly PlotPoint[] }) {
  const ordered = [...points.filter((point) => point.kind === 'other'), ...points.filter((point) => point.kind === 'self')];
  return (
    <g class="plot-points" aria-hidden="true">
      {ordered.map((point, index) => {
        const { x, y } = pointFor(point.position);
        return point.kind === 'self' ? (
          <g key={index} class="plot-point-self">
            <circle cx={x} cy={y} r="13" class="plot-marker-dot" />
            <circle cx={x} cy={y} r="4" class="plot-marker-core" />
          </g>
        ) : (
          <g key={index} class="plot-trail-earlier">
            <circle cx={x} cy={y} r="11" />
            <text x={x} y={y}>{point.label}</text>
          </g>
        );
      })}
    </g>
  );
}
