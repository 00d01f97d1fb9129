import { z } from 'astro/zod';
import { quadrantSchema } from '~/plot/quadrant.schema';
import { contentProblems, MAX_SCENARIOS } from './content.rules';
import { copyWordsSchema } from '~/ui/copyWords.schema';
import { announcementsSchema, formWordsSchema, historyWordsSchema, resultsWordsSchema, scoringKeyWordsSchema, summaryWordsSchema } from './assessmentWords.schema';

// The self-assessment in content/data/self-assessment.yaml: its scales, statements,
// scenarios and words. Cross-checks that need the whole file (a statement feeding a
// scale that does not exist, a scenario with no best response) run in
// contentProblems(), so each message names the statement or scenario at fault.

const slug = (what: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: `${what} must be lowercase letters, digits and hyphens, e.g. ask-questions.`,
  });
const text = z.string().trim().min(1);

const scaleSchema = z.object({
  id: slug('A scale id'),
  name: text,
  /** element: support, challenge or vision; do / dont: one of the handout's do's and don'ts. */
  group: z.enum(['element', 'do', 'dont'], { error: 'group must be element, do or dont.' }),
  /** Where the guide helps, relative to the site: a page (model/) or a section (model/#vision). */
  guide: z.string().regex(/^[a-z0-9-]+\/(#[a-z0-9-]+)?$/, {
    error: 'guide must be a page path such as model/ or a section such as model/#vision.',
  }),
  /** One line shown when the reader scores well on this scale. */
  strength: text,
  /** One line shown otherwise: something to try. */
  suggestion: text,
});

const itemSchema = z.object({
  id: slug('A statement id'),
  text,
  /** The scales this statement counts toward, each with a weight of 1, 2 or 3. */
  feeds: z
    .record(
      z.string(),
      z.number().int({ error: 'A weight must be 1, 2 or 3.' }).min(1, { error: 'A weight must be 1, 2 or 3.' }).max(3, { error: 'A weight must be 1, 2 or 3.' }),
    )
    .refine((feeds) => Object.keys(feeds).length > 0, { error: 'feeds must name at least one scale.' }),
  /** A "don't": its points are turned round, so a high score is always the good habit. */
  reverse: z.boolean().default(false),
});

const optionSchema = z.object({
  id: slug('A response id'),
  text,
  /** The quadrant this response pushes the learner toward. */
  quadrant: quadrantSchema.shape.id,
  best: z.boolean().default(false),
  /** Why the response fits the model, or does not. */
  feedback: text,
});

const scenarioSchema = z.object({
  id: slug('A scenario id'),
  title: text,
  situation: text,
  options: z.array(optionSchema).min(3, { error: 'Give each scenario three or four responses.' }).max(4, { error: 'Give each scenario three or four responses.' }),
});

export const selfAssessmentSchema = z
  .object({
    /** The answers to each statement, lowest first: the first scores 0 points, the next 1, ... */
    frequency: z.array(text).min(3, { error: 'frequency needs at least three answers.' }).max(7, { error: 'frequency has at most seven answers.' }),
    /** The share of a scale's maximum from which it counts as a strength (0.5 to 1). */
    strengthFrom: z.number().min(0.5).max(1),
    ratingsHeading: text,
    ratingsIntro: text,
    scenariosHeading: text,
    scenariosIntro: text,
    disclaimer: text,
    privacy: text,
    paper: z.object({
      title: text,
      description: text,
      intro: text,
      withoutJavaScript: text,
      link: text,
      linkAfter: text,
      onScreen: text,
      onScreenAfter: text,
    }),
    errors: z.object({ item: text, scenario: text }),
    /** The buttons under the results: print them, copy a text summary, start again. */
    resultActions: z.object({ print: text, copy: copyWordsSchema, retake: text }),
    /** What the page says when the browser cannot keep the reader's answers (see src/assessment/storage.ts). */
    notices: z.object({ unavailable: text, storageFull: text, setAside: text, partlySetAside: text, unreadable: text, draftDiscarded: text, saveFailed: text }),
    /** The words around the questions and results (assessmentWords.schema.ts). */
    form: formWordsSchema,
    announcements: announcementsSchema,
    results: resultsWordsSchema,
    history: historyWordsSchema,
    summary: summaryWordsSchema,
    scoringKey: scoringKeyWordsSchema,
    scales: z.array(scaleSchema).min(1),
    items: z.array(itemSchema).min(1),
    // Saved results record at most MAX_SCENARIOS scenarios (src/assessment/content.rules.ts).
    scenarios: z.array(scenarioSchema).max(MAX_SCENARIOS, { error: `Give at most ${MAX_SCENARIOS} scenarios.` }),
  })
  .superRefine((data, context) => {
    for (const problem of contentProblems(data)) context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
export type AssessmentScale = SelfAssessment['scales'][number];
export type AssessmentItem = SelfAssessment['items'][number];
export type Scenario = SelfAssessment['scenarios'][number];
export type ScenarioOption = Scenario['options'][number];
