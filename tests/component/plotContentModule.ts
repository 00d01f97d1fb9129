// virtual:plot/content in the component tests (vitest.config.ts points it here):
// the plot's test content, for an island rendered without content props, as pages render it.
import { explorerProps } from './fixtures';

export default { quadrants: explorerProps.quadrants, examples: explorerProps.examples, words: explorerProps.words };
