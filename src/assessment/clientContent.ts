import type { AssessmentItem, AssessmentScale, Scenario, ScenarioOption, SelfAssessment } from './selfAssessment.schema';
import type { Quadrant } from '~/plot/quadrant.schema';
import type { QuadrantId } from '~/plot/quadrants';
import type { DrawingWords } from '~/plot/drawingWords';

// What the island needs besides the words already in its server-rendered form.
// The page sends each word once: the form's words live in its markup (read back
// by formMarkup.ts), and the island's JavaScript carries the rest, built from
// the same content by src/build/clientModules.ts:
//   FormKey      with the form: the numbers behind the statements and responses,
//                and the words the form shows after an answer (errors, notices,
//                each response's feedback, the form's buttons and progress,
//                what the live region says, the site's locale for dates).
//   ResultWords  with the results view, loaded once the reader starts: the
//                scales' words and links, the quadrants, the disclaimer, the
//                results' headings, the history table, the copied summary and
//                the grid's words (from content/data/plot.yaml).

/** The content the form and the answer logic need (the whole SelfAssessment is one, for the server render). */
export type FormContent = Pick<SelfAssessment, 'frequency' | 'ratingsHeading' | 'ratingsIntro' | 'scenariosHeading' | 'scenariosIntro' | 'errors' | 'notices' | 'form' | 'announcements'> & {
  items: Pick<AssessmentItem, 'id' | 'text' | 'feeds' | 'reverse'>[];
  scenarios: (Pick<Scenario, 'id' | 'title' | 'situation'> & { options: Pick<ScenarioOption, 'id' | 'text' | 'best' | 'quadrant' | 'feedback'>[] })[];
  /** Names the quadrants in each response's feedback. */
  quadrantNames: Readonly<Record<QuadrantId, string>>;
  /** The "#" link's words beside each part's heading, the site's (content/data/site.yaml). */
  sectionLink: string;
  /** The site's locale (content/data/site.yaml), for the dates of saved results. */
  locale: string;
};

/** The form's words, as its markup shows them (formMarkup.ts reads them). */
export type FormWords = Pick<FormContent, 'frequency' | 'ratingsHeading' | 'ratingsIntro' | 'scenariosHeading' | 'scenariosIntro'> & {
  items: { id: string; text: string }[];
  scenarios: { id: string; title: string; situation: string; options: { id: string; text: string }[] }[];
};

export interface FormKey {
  /** Statement id -> the scales it feeds and whether its points are turned round. */
  items: Record<string, Pick<AssessmentItem, 'feeds' | 'reverse'>>;
  /** Scenario id -> response id -> where it pushes, why, and whether it fits best. */
  responses: Record<string, Record<string, Pick<ScenarioOption, 'quadrant' | 'feedback' | 'best'>>>;
  quadrantNames: Record<QuadrantId, string>;
  errors: SelfAssessment['errors'];
  notices: SelfAssessment['notices'];
  form: SelfAssessment['form'];
  announcements: SelfAssessment['announcements'];
  sectionLink: string;
  locale: string;
}

export type ResultWords = Pick<SelfAssessment, 'strengthFrom' | 'disclaimer' | 'privacy' | 'resultActions' | 'results' | 'history' | 'summary'> & {
  scales: AssessmentScale[];
  quadrants: Quadrant[];
  drawing: DrawingWords;
};

/** The content the results view needs: the form's, with the results' words. */
export type ResultContent = Omit<ResultWords, 'quadrants'> & Pick<FormContent, 'scenarios' | 'locale'>;

/** The form's key, from the content (at build time). */
export function formKey(content: SelfAssessment, quadrants: readonly Quadrant[], sectionLink: string, locale: string): FormKey {
  return {
    items: Object.fromEntries(content.items.map((item) => [item.id, { feeds: item.feeds, reverse: item.reverse }])),
    responses: Object.fromEntries(
      content.scenarios.map((scenario) => [
        scenario.id,
        Object.fromEntries(scenario.options.map((option) => [option.id, { quadrant: option.quadrant, feedback: option.feedback, best: option.best }])),
      ]),
    ),
    quadrantNames: Object.fromEntries(quadrants.map((quadrant) => [quadrant.id, quadrant.name])) as Record<QuadrantId, string>,
    errors: content.errors,
    notices: content.notices,
    form: content.form,
    announcements: content.announcements,
    sectionLink,
    locale,
  };
}

/** The results' words, from the content (at build time). */
export function resultWords(content: SelfAssessment, quadrants: readonly Quadrant[], drawing: DrawingWords): ResultWords {
  const { strengthFrom, disclaimer, privacy, scales, resultActions, results, history, summary } = content;
  return { strengthFrom, disclaimer, privacy, scales, resultActions, results, history, summary, quadrants: [...quadrants], drawing };
}

/**
 * The form's words joined with its key. A statement or response the key does
 * not know means the page and its script come from different builds (a page
 * cached across a deployment): better to stop than to score wrongly.
 */
export function formContent(words: FormWords, key: FormKey): FormContent {
  const missing = (what: string): never => {
    throw new Error(`The self-assessment's script does not know ${what}: the page and its script are from different builds.`);
  };
  return {
    ...words,
    items: words.items.map((item) => ({ ...item, ...(key.items[item.id] ?? missing(`statement "${item.id}"`)) })),
    scenarios: words.scenarios.map((scenario) => ({
      ...scenario,
      options: scenario.options.map((option) => ({
        ...option,
        ...(key.responses[scenario.id]?.[option.id] ?? missing(`response "${option.id}" of scenario "${scenario.id}"`)),
      })),
    })),
    quadrantNames: key.quadrantNames,
    errors: key.errors,
    notices: key.notices,
    form: key.form,
    announcements: key.announcements,
    sectionLink: key.sectionLink,
    locale: key.locale,
  };
}

/** The content for the results view (the locale travels once, with the form's key). */
export function resultContent(form: Pick<FormContent, 'scenarios' | 'locale'>, words: ResultWords): ResultContent {
  const { quadrants: _quadrants, ...rest } = words;
  return { ...rest, scenarios: form.scenarios, locale: form.locale };
}
