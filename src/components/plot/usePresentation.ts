import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Projector mode for an element: full screen where the browser allows it, and
 * otherwise (e.g. iPhone Safari) the same large-type layout in place. Escape
 * leaves either way; the browser handles it for full screen.
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

  const leaveOnEscape = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && presenting && !document.fullscreenElement) setPresenting(false);
    },
    [presenting],
  );

  return { presenting, toggle, leaveOnEscape };
}
