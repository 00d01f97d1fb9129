import { useEffect, useRef } from 'preact/hooks';
import { commandForKey, type KeyCommand } from './presentNavigation';

// The session's keys, pressed anywhere on the page of a presenter or room
// view: a clicker sends them to whichever window has focus. Keys typed into a
// field or another dialog (search) stay there, and Space on a button or link
// presses it. While the key help is open, keys only show there (a facilitator
// testing a clicker), and "?" closes it.

/** A field, or a dialog other than the key help: its keys are its own. */
function typedInto(target: EventTarget | null): boolean {
  const inField = target instanceof Element && target.closest('input, textarea, select, [contenteditable], dialog:not(.key-help)') !== null;
  return inField || document.querySelector('dialog[open]:not(.key-help)') !== null;
}

/** Space presses a focused button or link. */
const pressesSpace = (target: EventTarget | null) =>
  target instanceof Element && target.closest('button, a, summary, [role="button"]') !== null;

export function useSessionKeys(helpOpen: boolean, onCommand: (command: KeyCommand) => void, onKeyInHelp: (key: string) => void): void {
  // The latest handlers and help state, for a listener attached once.
  const latest = useRef({ helpOpen, onCommand, onKeyInHelp });
  latest.current = { helpOpen, onCommand, onKeyInHelp };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const { helpOpen: inHelp, onCommand: command, onKeyInHelp: showKey } = latest.current;
      if (inHelp) {
        showKey(event.key);
        if (event.key === '?') {
          event.preventDefault();
          command({ type: 'help' });
        }
        return;
      }
      if (typedInto(event.target)) return;
      const found = commandForKey(event.key, event.shiftKey);
      if (!found || (event.key === ' ' && pressesSpace(event.target))) return;
      event.preventDefault();
      command(found);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
