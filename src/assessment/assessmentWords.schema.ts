import { z } from 'astro/zod';
import { templateText } from '~/ui/templateText.schema';

// The self-assessment's own words around its questions (content/data/self-assessment.yaml):
// what the form says as the reader answers, the results view, the history table, the
// copied summary and the paper form's scoring key. Words with {placeholders} are
// templates the site fills in; {max} (10) is optional wherever it appears.

const text = z.string().trim().min(1);

/** Shown with the form (they travel in its script: see src/assessment/clientContent.ts). */
export const formWordsSchema = z.object({
  /** Before each scenario's title. */
  scenarioNumber: templateText('number'),
  /** Beside the progress bar. */
  progress: templateText('answered', 'total'),
  submit: text,
  /** The heading over the questions left unanswered. */
  missingOne: text,
  missingMany: templateText('count'),
  /** The button that opens a scenario's feedback, closed and open. */
  showFeedback: text,
  hideFeedback: text,
  /** In the feedback: where each response pushes the learner; {letter} is A, B, C or D. */
  pushesToward: templateText('letter', 'quadrant'),
  bestFit: text,
  yourChoice: text,
  /** Above the form for a returning reader; {when} is the date of the latest result. */
  savedOne: templateText('when'),
  savedMany: templateText('count', 'when'),
  showSaved: text,
});

/** Heard by screen readers (the page's live region). */
export const announcementsSchema = z.object({
  resultsFailed: text,
  deletedElsewhere: text,
  deletedOne: templateText('when'),
  deletedAll: text,
});

/** The results view. */
export const resultsWordsSchema = z.object({
  heading: text,
  completed: templateText('when'),
  /** The grid's caption: one result, or {count} results as a path. */
  placementOne: text,
  placementMany: templateText('count'),
  /** {quadrant} is shown in bold. */
  placedIn: templateText('quadrant'),
  /** {supportLevel} and {challengeLevel} are the plot's low or high. */
  levels: templateText('support', 'supportLevel', 'challenge', 'challengeLevel'),
  experience: text,
  towardGrowth: text,
  elementsHeading: text,
  dosHeading: text,
  /** A scale's line: with its score (support, challenge, vision) or its name alone. */
  scaleScore: templateText('scale', 'rating'),
  strength: text,
  toTry: text,
  readMore: templateText('scale'),
  scenariosHeading: text,
  scenariosBest: templateText('best', 'total'),
  /** The review of the scenarios just answered. */
  choseBest: templateText('letter', 'feedback'),
  choseOther: templateText('letter', 'quadrant', 'feedback', 'bestLetter', 'bestFeedback'),
  historyHeading: text,
});

/** The table of saved results and its delete buttons. */
export const historyWordsSchema = z.object({
  caption: text,
  columns: z.object({ completed: text, support: text, challenge: text, vision: text, quadrant: text, delete: text }),
  delete: text,
  /** Heard by screen readers on each delete button. */
  deleteLabel: templateText('number', 'when'),
  /** On a printout of more results than fit. */
  printed: templateText('shown', 'count'),
  confirmOne: text,
  confirmMany: templateText('count'),
  confirm: text,
  cancel: text,
  deleteAll: text,
  /** In brackets after a rating that did not change (and in the copied summary's "since" line). */
  noChange: text,
});

/** The copied text summary's lines. */
export const summaryWordsSchema = z.object({
  heading: templateText('title', 'when'),
  scaleScore: templateText('scale', 'rating'),
  grid: templateText('quadrant'),
  towardGrowth: templateText('step'),
  dosHeading: text,
  strength: templateText('scale', 'text', 'link'),
  toTry: templateText('scale', 'text', 'link'),
  scenarios: templateText('best', 'total'),
  earlierHeading: text,
  earlier: templateText('when', 'support', 'challenge', 'quadrant'),
  since: templateText('support', 'challenge'),
});

/** The paper form's scoring key. */
export const scoringKeyWordsSchema = z.object({
  heading: text,
  points: templateText('points'),
  reversed: templateText('statements', 'points'),
  add: text,
  grid: templateText('growth', 'confirmation', 'retreat', 'stasis'),
  strengths: text,
  /** A table's name for screen readers; {group} is its heading. */
  tableLabel: templateText('group'),
  groups: z.object({ element: text, do: text, dont: text }),
  columns: z.object({ scale: text, statements: text, maximum: text, highAbove: text, strengthFrom: text }),
  scenariosHeading: text,
  scenariosIntro: text,
  scenario: templateText('number', 'title'),
  bestFit: text,
});
