import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Projector mode for an element: full screen where the browser allows it, and
 * otherwise (e.g. iPhone Safari) the same large-type layout in place. Escape
 * leaves either way.
 */
export function usePresentation(target: RefObject<HTMLElement>) {
  const [presenting, setPresenting] = useState(false);

  useEffect(() => {
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, []);

  const toggle = useCallback(async () => {
    const element = target.current;
    if (presenting) {
      setPresenting(false);
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
      return;
    }
    setPresenting(true);
    if (element?.requestFullscreen) {
      // Refused (no user gesture, or a browser policy): the in-place layout still applies.
      await element.requestFullscreen().catch(() => {});
    }
    element?.scrollIntoView({ block: 'start' });
  }, [presenting, target]);

  // Browsers leave full screen on Escape themselves (the page may never see the
  // key); this covers the in-place layout and browsers that pass the key on.
  const leaveOnEscape = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !presenting) return;
      setPresenting(false);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    },
    [presenting],
  );

  return { presenting, toggle, leaveOnEscape };
}
