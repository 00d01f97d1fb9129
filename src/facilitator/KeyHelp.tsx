import { useLayoutEffect, useRef } from 'preact/hooks';
import { keyName } from './presentNavigation';
import type { KeyHelpWords } from './sessions.schema';
import './key-help.css';

// The key help ("?"): every key of the session, and the last key pressed, so a
// facilitator can test a clicker before the session. A modal dialog: Escape,
// "?" or the button close it.

interface Props {
  words: KeyHelpWords;
  open: boolean;
  lastKey: string | null;
  onClose: () => void;
}

export function KeyHelp({ words, open, lastKey, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // In step with `open` as the render that changes it is committed.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} class="key-help" aria-labelledby="key-help-title" onClose={onClose}>
      <h2 id="key-help-title">{words.title}</h2>
      <p>{words.intro}</p>
      <table>
        <tbody>
          {words.rows.map((row) => (
            <tr key={row.keys}>
              <th scope="row">{row.keys}</th>
              <td>{row.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="key-help-last" role="status">
        {words.lastKey} <kbd>{lastKey === null ? words.noKeyYet : keyName(lastKey, words.spaceKey)}</kbd>
      </p>
      <button type="button" class="control" onClick={onClose}>
        {words.close}
      </button>
    </dialog>
  );
}
