import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Marks an island's root element `data-settled` once a render that shows it
 * ready has run its effects. Preact runs a render's effects a frame after the
 * render, a component's after its children's and in the order they are
 * declared, so called last in the island's own component, the mark appears
 * only when every effect of that render has run: listeners attached, focus and
 * scroll done. Readers never see it; the e2e tests wait for it before they act
 * (docs/testing.md), as a script driving the page would.
 */
export function useSettledMark(root: RefObject<Element>, ready: boolean): void {
  useEffect(() => {
    if (ready) root.current?.setAttribute('data-settled', '');
  }, [ready]);
}
