import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Projector mode for an element: full screen where the browser allows it, and
 * otherwise (e.g. iPhone Safari) the same large-type layout in place. While it
 * lasts, the rest of the page is inert, so Tab cannot wander to content hidden
 * behind it; Escape anywhere leaves.
 */
export function usePresentation(target: RefObject<HTMLElement>) {
  const [presenting, setPresenting] = useState(false);

  const leave = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, []);

  useEffect(() => {
    if (!presenting || !target.current) return;
    const restore = makeRestInert(target.current);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    // Browsers leave full screen on Escape themselves and may not pass the key on;
    // this covers the in-place layout and browsers that do.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') leave();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      restore();
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [presenting, target, leave]);

  const toggle = useCallback(async () => {
    if (presenting) return leave();
    const element = target.current;
    setPresenting(true);
    // Refused (a browser policy) or missing: the in-place layout still applies.
    await element?.requestFullscreen?.().catch(() => {});
    element?.scrollIntoView({ block: 'start' });
  }, [presenting, target, leave]);

  return { presenting, toggle };
}

/** Marks everything on the page outside `keep` inert; returns how to undo it. */
function makeRestInert(keep: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement | null = keep; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.hasAttribute('inert')) {
        sibling.setAttribute('inert', '');
        changed.push(sibling);
      }
    }
  }
  return () => changed.forEach((element) => element.removeAttribute('inert'));
}
