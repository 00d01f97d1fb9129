// showModal() makes the rest of the page inert and closes the dialog on
// Escape, but Tab can still leave it for the browser's own toolbar. These
// handlers keep focus inside until the reader closes search.

const FOCUSABLE = 'a[href], button, input';

function visibleFocusable(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.checkVisibility());
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
  // The dialog's frame fills it, so a click that lands on the dialog itself is on the backdrop.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
