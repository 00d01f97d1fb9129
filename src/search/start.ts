import { nextFocus } from '../lib/listFocus';
import { normaliseQuery, statusMessage, type SearchState, type StatusWords } from '../lib/searchText';
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
  history.replaceState(history.state, '', url);
}

/** Makes a search panel work: in the dialog on every page, or on the /search/ page. */
export function start(panel: HTMLElement): void {
  const form = panel.querySelector('form');
  const field = panel.querySelector('input');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const list = panel.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !field || !status || !list) throw new Error('The search panel is missing its form, field, status or results.');
  const dialog = panel.closest('dialog');
  const words = statusWords(panel);
  const show = (state: SearchState) => {
    status.textContent = statusMessage(state, words);
  };

  let latest = 0;
  let answered = false;
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
      const { count, hits } = await findHits(query);
      if (id !== latest) return;
      answered = true;
      renderHits(list!, hits);
      show({ kind: 'done', query, count });
    } catch {
      if (id !== latest) return;
      renderHits(list!, []);
      show({ kind: 'unavailable' });
    }
  }

  field.addEventListener('input', search);
  // Enter opens the first result. (Before this module loads, the form still
  // works: it goes to the search page with the query.)
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
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
  if (field.value) void search();
}
