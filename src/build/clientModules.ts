import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { selfAssessmentSchema } from '~/assessment/selfAssessment.schema';
import { quadrantSchema } from '~/plot/quadrant.schema';
import { plotWordsSchema } from '~/plot/plotWords.schema';
import { exampleRelationshipSchema } from '~/plot/exampleRelationship.schema';
import { drawingWords } from '~/plot/drawingWords';
import { plotContent } from '~/plot/plotContent';
import { siteSchema } from '~/site/site.schema';
import { quadrantsInGridOrder } from '~/plot/quadrants';
import { formKey, resultWords } from '~/assessment/clientContent';

// Words that islands need and their pages do not show reach the browser in the
// island's script, not a second time in the page (Astro writes an island's props
// into the page): these virtual modules are built from the same content files
// and schemas as the content collections (src/content.config.ts), at the time
// Astro builds the browser code, which is before the collections can be read by
// a page. See src/assessment/clientContent.ts and src/plot/plotContent.ts.
//   virtual:self-assessment/form-key      with the form (SelfAssessmentQuiz)
//   virtual:self-assessment/result-words  with the results view (resultsModule.ts)
//   virtual:plot/content                  with the plot (SupportChallengeExplorer)

const FILES = {
  assessment: 'content/data/self-assessment.yaml',
  quadrants: 'content/data/quadrants.yaml',
  // The grid's words, for the results' drawing; the site's, for the headings' "#" links and the dates' locale.
  plot: 'content/data/plot.yaml',
  site: 'content/data/site.yaml',
  examples: 'content/data/example-relationships.yaml',
};
type Content = ReturnType<typeof readContent>;
const MODULES = {
  'virtual:self-assessment/form-key': (content: Content) => formKey(content.assessment, content.quadrants, content.sectionLink, content.locale),
  'virtual:self-assessment/result-words': (content: Content) => resultWords(content.assessment, content.quadrants, content.drawing),
  'virtual:plot/content': (content: Content) => plotContent(content.quadrants, content.examples, content.plotWords),
} as const;
type ModuleId = keyof typeof MODULES;
const isModule = (id: string): id is ModuleId => Object.hasOwn(MODULES, id);
/** Vite's convention for a virtual module's resolved id, which no other plugin then touches. */
const RESOLVED = '\0';

/** The content, checked as the collections check it (a content error fails the build before this runs). */
function readContent(root: string, watch: (file: string) => void) {
  const read = (file: string) => {
    const path = join(root, file);
    watch(path);
    return parse(readFileSync(path, 'utf8'));
  };
  const assessment = selfAssessmentSchema.parse(read(FILES.assessment)['self-assessment']);
  const quadrants = quadrantsInGridOrder(z.array(quadrantSchema).parse(read(FILES.quadrants)));
  const plotWords = plotWordsSchema.parse(read(FILES.plot).plot);
  const examples = z.array(exampleRelationshipSchema).parse(read(FILES.examples));
  const site = siteSchema.parse(read(FILES.site).site);
  return { assessment, quadrants, examples, plotWords, drawing: drawingWords(plotWords), sectionLink: site.page.sectionLink, locale: site.locale };
}

export function clientModulesPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'informal-mentoring:client-content-modules',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return isModule(id) ? RESOLVED + id : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED) || !isModule(id.slice(1))) return undefined;
      const content = readContent(root, (file) => this.addWatchFile(file));
      return `export default ${JSON.stringify(MODULES[id.slice(1) as ModuleId](content))};`;
    },
  };
}

/** The islands' content modules, for astro.config.mjs. */
export function clientContentModules(): AstroIntegration {
  return {
    name: 'informal-mentoring:client-content',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [clientModulesPlugin()] } });
      },
    },
  };
}
