import { nextFocus } from '~/search/listFocus';
import { normaliseQuery, statusMessage, type SearchState, type StatusWords } from '~/search/searchText';
import { keepFocusInDialog } from './dialogFocus';
import { findHits, loadPagefind } from './pagefind';
import { renderHits } from './renderHits';

// The search UI, imported by the inline loader (SearchLoader.astro) when the
// reader first opens search. The markup and the words are already in the page
// (SearchPanel.astro); this only makes them work.

function statusWords(panel: HTMLElement): StatusWords {
  const { searching = '', oneResult = '', manyResults = '', noResults = '', unavailable = '' } = panel.dataset;
  return { searching, oneResult, manyResults, noResults, unavailable };
}

/** Puts the query in the address bar of the search page, so a facilitator can copy a link to a search. */
function showQueryInAddress(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  try {
    history.replaceState(history.state, '', url);
  } catch {
    // Safari refuses more than 100 changes in 10 seconds (e.g. a held Backspace); the next one catches up.
  }
}

/**
 * The status line waits until typing pauses, so a screen reader hears the
 * count for what the reader typed, not for every letter on the way.
 */
const ANNOUNCE_DELAY_MS = 400;

/** Makes a search panel work: in the dialog on every page, or on the /search/ page. */
export function start(panel: HTMLElement): void {
  const form = panel.querySelector('form');
  const field = panel.querySelector('input');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const list = panel.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !field || !status || !list) throw new Error('The search panel is missing its form, field, status or results.');
  const dialog = panel.closest('dialog');
  const words = statusWords(panel);
  let announcement: ReturnType<typeof setTimeout> | undefined;
  const show = (state: SearchState, delay = 0) => {
    clearTimeout(announcement);
    const message = statusMessage(state, words);
    if (delay === 0) status.textContent = message;
    else announcement = setTimeout(() => (status.textContent = message), delay);
  };

  let latest = 0;
  let answered = false;
  let current: Promise<void> = Promise.resolve();
  async function search() {
    const query = normaliseQuery(field!.value);
    const id = ++latest;
    if (!dialog) showQueryInAddress(query);
    if (!query) {
      renderHits(list!, []);
      show({ kind: 'idle' });
      return;
    }
    // Only the first search waits for the index to load; later ones answer
    // faster than a "Searching…" message could be read.
    if (!answered) show({ kind: 'searching' });
    try {
      const found = await findHits(query, () => id === latest);
      if (id !== latest || !found) return;
      answered = true;
      renderHits(list!, found.hits);
      show({ kind: 'done', query, count: found.count }, ANNOUNCE_DELAY_MS);
    } catch {
      if (id !== latest) return;
      renderHits(list!, []);
      show({ kind: 'unavailable' });
    }
  }

  field.addEventListener('input', () => {
    current = search();
  });
  // Enter opens the first result of what is in the field now, waiting for it
  // if the last letters are still being searched. (Before this module loads,
  // the form still works: it goes to the search page with the query.)
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await current;
    list.querySelector('a')?.click();
  });
  // A result on the page already open only moves to a section: close search so the reader sees it.
  list.addEventListener('click', (event) => {
    if (dialog && (event.target as Element).closest('a')) dialog.close();
  });
  panel.addEventListener('keydown', (event) => {
    // isComposing: keys that belong to an input method (e.g. Japanese) are not commands.
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // In a search field Escape would first clear the words; in the dialog it closes search at once.
    if (event.key === 'Escape' && dialog) {
      event.preventDefault();
      dialog.close();
      return;
    }
    const links = [...list.querySelectorAll('a')];
    const stops: HTMLElement[] = [field, ...links];
    const next = nextFocus(event.key, stops.indexOf(document.activeElement as HTMLElement), links.length);
    if (next === undefined) return;
    event.preventDefault();
    stops[next]?.focus();
  });
  if (dialog) keepFocusInDialog(dialog);

  // The reader has asked for search: fetch the index now, so the first
  // results come as soon as they have typed.
  loadPagefind().catch(() => {
    if (!answered) show({ kind: 'unavailable' });
  });
  const linkedQuery = dialog ? null : new URLSearchParams(location.search).get('q');
  if (linkedQuery && !field.value) field.value = linkedQuery;
  // Words typed while this module was loading are searched at once.
  if (field.value) current = search();
}
