import type { ExampleRelationship } from './exampleRelationship.schema';
import type { PlotWords } from './plotWords.schema';
import type { Quadrant } from './quadrant.schema';

// What the plot's island shows, as its script carries it (the virtual module
// virtual:plot/content, built by src/build/clientModules.ts) rather than as
// props, which Astro would write into the page a second time beside the same
// words in the quadrant descriptions and the examples' list: the model page
// must fit its first 14 KB.

export interface PlotContent {
  /** In grid order (quadrantsInGridOrder). */
  quadrants: Quadrant[];
  /** In alphabetical order of id, as the page lists them. */
  examples: ExampleRelationship[];
  words: PlotWords;
}

/** The plot's content for its island, from the checked content files. */
export function plotContent(quadrants: Quadrant[], examples: ExampleRelationship[], words: PlotWords): PlotContent {
  return { quadrants, examples: [...examples].sort((a, b) => a.id.localeCompare(b.id)), words };
}
