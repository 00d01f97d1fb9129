// showModal() makes the rest of the page inert and closes the dialog on
// Escape, but Tab can still leave it for the browser's own toolbar. These
// handlers keep focus inside until the reader closes search.

const FOCUSABLE = 'a[href], button, input';

function visibleFocusable(dialog: HTMLDialogElement): HTMLElement[] {
  // checkVisibility() is missing before Safari 17.4; there, a rendered box will do.
  const visible = (element: HTMLElement) =>
    typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(visible);
}

/** Wraps Tab from the last control to the first and Shift+Tab from the first to the last; a click on the backdrop closes the dialog. */
export function keepFocusInDialog(dialog: HTMLDialogElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = visibleFocusable(dialog);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  // A click on the backdrop lands on the dialog element itself, outside its box.
  // (A drag that starts in the field and ends outside also ends on the dialog:
  // only a click whose point is outside the box closes it.)
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const outside =
      event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (outside) dialog.close();
  });
}
