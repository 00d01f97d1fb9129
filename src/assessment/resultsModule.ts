import words from 'virtual:self-assessment/result-words';
import resultsStylesheet from './results.css?url';
import { applyStylesheet } from './stylesheet';

// What the results view needs and the form does not, loaded on demand by
// useResultsModule.ts: its components, its words (built from the content by
// src/build/clientModules.ts) and its styles. The styles are files
// linked when this loads (imported as a URL: an imported stylesheet would be
// inlined into the page, whose first 14 KB it would not fit in).

export { Results } from './Results';
export { words };
export const stylesApplied = applyStylesheet(resultsStylesheet);
