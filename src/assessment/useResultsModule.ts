import { useRef, useState } from 'preact/hooks';

// The results view (its code, words and styles: resultsModule.ts) loads on
// demand, so the page and the form's script carry none of it. It is asked for
// when the reader first answers, asks for results or opens saved ones, which
// is before it is needed in all but the quickest cases; the service worker
// keeps it for offline use like the rest of the site's files.

export type ResultsModule = typeof import('./resultsModule');

/** One load per page, shared by every render (a failed load may be tried again). */
let loading: Promise<ResultsModule> | null = null;

export interface ResultsLoader {
  /** The loaded module, with its styles applied; null until then. */
  module: ResultsModule | null;
  /** Starts loading, once (again after a failure). */
  load: () => void;
}

/** `onFailed` is called when a load fails (no connection, and no service worker yet to answer); the next load tries again. */
export function useResultsModule(onFailed: () => void): ResultsLoader {
  const [module, setModule] = useState<ResultsModule | null>(null);
  const requested = useRef(false);
  // The latest callback, so it sees the state at the time of the failure.
  const failed = useRef(onFailed);
  failed.current = onFailed;
  const load = () => {
    if (requested.current) return;
    requested.current = true;
    loading ??= import('./resultsModule').then(async (loaded) => {
      await loaded.stylesApplied;
      return loaded;
    });
    loading.then(setModule, () => {
      loading = null;
      requested.current = false;
      failed.current();
    });
  };
  return { module, load };
}
