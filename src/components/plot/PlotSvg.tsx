import type { Ref, SVGAttributes, TargetedKeyboardEvent } from 'preact';
import { GRID_ORDER, QUADRANT_LEVELS, type QuadrantId } from '../../lib/quadrants';
import {
  MARGIN,
  PLOT_SIZE,
  pointFor,
  quadrantRect,
  VIEW_BOX,
  VISION_TARGET,
  visionArrowPath,
} from '../../lib/plot/geometry';
import type { PlotPosition } from '../../lib/plot/position';

// The support/challenge grid as SVG: a pure view. It draws what it is given
// and reports nothing; the explorer (and later the self-assessment) own the
// state and pass handlers for the marker.

export interface MarkerProps {
  position: PlotPosition;
  /** What a screen reader hears on focus: where the marker is and how to move it. */
  label: string;
  onKeyDown?: (event: TargetedKeyboardEvent<SVGGElement>) => void;
  ref?: Ref<SVGGElement>;
}

export interface PlotSvgProps {
  /** Prefix for the ids inside the SVG, unique on the page. */
  idPrefix: string;
  quadrants: readonly { id: QuadrantId; name: string }[];
  marker?: MarkerProps;
  showVision?: boolean;
  svgRef?: Ref<SVGSVGElement>;
  svgProps?: SVGAttributes<SVGSVGElement>;
}

const levels = (id: QuadrantId) => `${QUADRANT_LEVELS[id].support} support, ${QUADRANT_LEVELS[id].challenge} challenge`;

export function PlotSvg({ idPrefix, quadrants, marker, showVision = false, svgRef, svgProps }: PlotSvgProps) {
  const byId = new Map(quadrants.map((quadrant) => [quadrant.id, quadrant]));
  const plotBottom = MARGIN.top + PLOT_SIZE;
  const plotRight = MARGIN.left + PLOT_SIZE;
  const markerPoint = marker && pointFor(marker.position);
  const titleId = `${idPrefix}-title`;
  const arrowId = `${idPrefix}-arrow`;

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${VIEW_BOX.width} ${VIEW_BOX.height}`}
      // A group, not an image: an image's children are hidden from assistive
      // technology, and the marker inside must be reachable.
      role="group"
      aria-labelledby={titleId}
      class="plot-svg"
      {...svgProps}
    >
      <title id={titleId}>
        {`Support on the horizontal axis, challenge on the vertical axis: ${GRID_ORDER.map((id) => `${byId.get(id)?.name ?? id} (${levels(id)})`).join('; ')}.`}
      </title>
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" class="plot-arrow-head" />
        </marker>
      </defs>
      {/* The title says all the drawing says; the drawn words would only repeat it. */}
      <g aria-hidden="true">
      {GRID_ORDER.map((id) => {
        const rect = quadrantRect(id);
        return (
          <g key={id} class={`plot-cell plot-${id}`}>
            <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} />
            <text x={rect.x + rect.width / 2} y={rect.y + rect.height / 2} class="plot-name">
              {byId.get(id)?.name ?? id}
            </text>
          </g>
        );
      })}
      <line class="plot-axis" x1={MARGIN.left} y1={plotBottom} x2={plotRight} y2={plotBottom} marker-end={`url(#${arrowId})`} />
      <line class="plot-axis" x1={MARGIN.left} y1={plotBottom} x2={MARGIN.left} y2={MARGIN.top} marker-end={`url(#${arrowId})`} />
      <text class="plot-axis-label" x={MARGIN.left + PLOT_SIZE / 2} y={plotBottom + 44}>Support</text>
      <text class="plot-tick plot-start" x={MARGIN.left + 4} y={plotBottom + 20}>low</text>
      <text class="plot-tick plot-end" x={plotRight} y={plotBottom + 20}>high</text>
      <text class="plot-axis-label" transform={`translate(${MARGIN.left - 42} ${MARGIN.top + PLOT_SIZE / 2}) rotate(-90)`}>Challenge</text>
      <text class="plot-tick plot-start" transform={`translate(${MARGIN.left - 18} ${plotBottom - 4}) rotate(-90)`}>low</text>
      <text class="plot-tick plot-end" transform={`translate(${MARGIN.left - 18} ${MARGIN.top}) rotate(-90)`}>high</text>
      </g>
      {showVision && (
        <g class="plot-vision" aria-hidden="true">
          <path d={visionArrowPath()} class="plot-vision-arrow" marker-end={`url(#${arrowId})`} />
          <circle cx={VISION_TARGET.x} cy={VISION_TARGET.y} r="18" class="plot-vision-ring" />
          <circle cx={VISION_TARGET.x} cy={VISION_TARGET.y} r="8" class="plot-vision-centre" />
          <text x={VISION_TARGET.x - 30} y={VISION_TARGET.y} class="plot-vision-label">Vision</text>
        </g>
      )}
      {marker && markerPoint && (
        <g
          ref={marker.ref}
          class="plot-marker needs-js"
          tabIndex={0}
          role="application"
          aria-label={marker.label}
          onKeyDown={marker.onKeyDown}
          // A finger on the marker drags it rather than scrolling the page. (CSS
          // touch-action is not honoured inside SVG, so the touch is cancelled here.)
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
