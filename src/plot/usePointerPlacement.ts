import { useRef, useState } from 'preact/hooks';
import type { RefObject, TargetedMouseEvent, TargetedPointerEvent } from 'preact';
import { positionAtPoint } from './geometry';
import type { PlotPosition } from './position';

/**
 * Pointer input on the plot: mouse and pen press and drag anywhere on it; a
 * finger drags the marker, while a finger elsewhere on the grid is left to
 * scroll the page and a tap (a click) places the marker.
 */
export function usePointerPlacement(
  svgRef: RefObject<SVGSVGElement>,
  markerRef: RefObject<SVGGElement>,
  place: (position: PlotPosition) => void,
) {
  const [dragging, setDragging] = useState(false);
  // Pointer events can arrive faster than Preact re-renders; a ref sees each at once.
  const activePointer = useRef<number | null>(null);

  const positionOf = (event: PointerEvent | MouseEvent): PlotPosition | null => {
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return null;
    return positionAtPoint(new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse()));
  };
  const placeAt = (event: PointerEvent | MouseEvent) => {
    const position = positionOf(event);
    if (position) place(position);
  };
  const stop = () => {
    activePointer.current = null;
    setDragging(false);
  };

  const handlers = {
    onPointerDown(event: TargetedPointerEvent<SVGSVGElement>) {
      const onMarker = markerRef.current?.contains(event.target as Node) ?? false;
      if ((event.pointerType === 'touch' && !onMarker) || event.button !== 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      activePointer.current = event.pointerId;
      setDragging(true);
      markerRef.current?.focus({ preventScroll: true });
      placeAt(event);
    },
    onPointerMove(event: TargetedPointerEvent<SVGSVGElement>) {
      if (activePointer.current === event.pointerId) placeAt(event);
    },
    onPointerUp: stop,
    onPointerCancel: stop,
    onLostPointerCapture: stop,
    onClick(event: TargetedMouseEvent<SVGSVGElement>) {
      placeAt(event);
    },
  };

  return { dragging, handlers };
}
