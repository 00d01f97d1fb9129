import type { SelfAssessment } from '~/assessment/selfAssessment.schema';
import type { Quadrant } from '~/plot/quadrant.schema';
import type { SavedAttempt } from '~/assessment/storage';
import { drawingWords } from '~/plot/drawingWords';
import { explorerProps } from './fixtures';

// A small self-assessment, shaped like content/data/self-assessment.yaml, so the
// expected scores in the tests can be worked out by hand:
//   listen     -> support 1
//   stretch    -> challenge 1
//   future     -> vision 1, ask-questions 1
//   take-over  -> challenge 1, take-over 1 (a "don't": points turned round)
// Answers score 0 (Never) to 4 (Almost always).

export const FREQUENCY = ['Never', 'Rarely', 'Sometimes', 'Often', 'Almost always'] as const;

export const assessment: SelfAssessment = {
  frequency: [...FREQUENCY],
  strengthFrom: 0.75,
  ratingsHeading: 'Part 1: How often?',
  ratingsIntro: 'Choose how often each statement is true of you.',
  scenariosHeading: 'Part 2: What would you do?',
  scenariosIntro: 'Choose the response closest to what you would do.',
  disclaimer: 'A prompt for reflection, not a measurement.',
  privacy: 'Your answers stay in this browser.',
  paper: {
    title: 'Paper version',
    description: 'A printable form.',
    intro: 'Tick one answer for each statement.',
    withoutJavaScript: 'It works like the printed version.',
    link: 'Print a paper version',
    linkAfter: '.',
    onScreen: 'Take it on screen',
    onScreenAfter: '.',
  },
  errors: { item: 'Choose how often this is true of you.', scenario: 'Choose the response closest to what you would do.' },
  resultActions: {
    print: 'Print results',
    copy: {
      label: 'Copy a text summary',
      copied: 'Summary copied to the clipboard.',
      failed: 'Could not copy automatically. The summary is shown below the buttons.',
      manualLabel: 'Summary to copy',
    },
    retake: 'Take the self-assessment again',
  },
  notices: {
    unavailable: 'This browser is not saving anything.',
    setAside: 'Earlier results could not be read and were kept aside.',
    unreadable: 'Earlier results could not be read or copied.',
    draftDiscarded: 'Your answers in progress could not be restored.',
    saveFailed: 'Your latest answers could not be saved.',
    storageFull: 'This browser\'s storage is full.',
    partlySetAside: 'Some saved results could not be read and were kept aside.',
  },
  // The words around the questions, as in content/data/self-assessment.yaml (the tests look for them).
  form: {
    scenarioNumber: 'Scenario {number}.',
    progress: '{answered} of {total} answered',
    submit: 'See my results',
    missingOne: '1 question still needs an answer',
    missingMany: '{count} questions still need an answer',
    showFeedback: 'See how the responses fit the model',
    hideFeedback: 'Hide how the responses fit the model',
    pushesToward: '{letter}: pushes toward {quadrant}.',
    bestFit: 'Best fit with the model',
    yourChoice: 'Your choice',
    savedOne: 'You have a saved result from {when}.',
    savedMany: 'You have {count} saved results; the latest is from {when}.',
    showSaved: 'See your results',
  },
  announcements: {
    resultsFailed: 'Your results could not be shown: this page could not load their part. Check the connection and try again.',
    deletedElsewhere: 'Your saved results were deleted in another window.',
    deletedOne: 'Deleted the result from {when}.',
    deletedAll: 'Deleted all your saved results.',
  },
  results: {
    heading: 'Your results',
    completed: 'Completed {when}.',
    placementOne: 'Your result on the support/challenge grid: the large dot.',
    placementMany: 'Your {count} results on the support/challenge grid. Numbered dots are earlier results, joined in order; the large dot is the latest.',
    placedIn: 'Your answers place you in {quadrant}.',
    levels: 'Support {support} of {max} ({supportLevel}), challenge {challenge} of {max} ({challengeLevel}).',
    experience: 'What learners may experience here:',
    towardGrowth: 'Toward growth:',
    elementsHeading: 'Support, challenge and vision',
    dosHeading: 'Do\'s and don\'ts',
    scaleScore: '{scale}: {rating} of {max}.',
    strength: 'Strength:',
    toTry: 'To try:',
    readMore: 'Read more: {scale}',
    scenariosHeading: 'Scenarios',
    scenariosBest: 'You chose the best-fitting response in {best} of {total} scenarios.',
    choseBest: 'You chose {letter}, the best fit with the model. {feedback}',
    choseOther: 'You chose {letter}, which pushes toward {quadrant}. {feedback} The best fit is {bestLetter}: {bestFeedback}',
    historyHeading: 'Your results over time',
  },
  history: {
    caption: 'Your saved results, oldest first. Changes from the result before are in brackets.',
    columns: {
      completed: 'Completed',
      support: 'Support',
      challenge: 'Challenge',
      vision: 'Vision',
      quadrant: 'Quadrant',
      delete: 'Delete',
    },
    delete: 'Delete',
    deleteLabel: 'Delete result {number}, from {when}',
    printed: 'The latest {shown} of your {count} results.',
    confirmOne: 'Delete your saved result? This cannot be undone.',
    confirmMany: 'Delete all {count} saved results? This cannot be undone.',
    confirm: 'Yes, delete all',
    cancel: 'Cancel',
    noChange: 'no change',
    deleteAll: 'Delete all results',
  },
  summary: {
    heading: '{title}: {when}',
    scaleScore: '{scale}: {rating} of {max}',
    grid: 'On the support/challenge grid: {quadrant}.',
    towardGrowth: 'Toward growth: {step}',
    dosHeading: 'Do\'s and don\'ts:',
    strength: '- {scale}: strength. {text} ({link})',
    toTry: '- {scale}: to try. {text} ({link})',
    scenarios: 'Scenarios: the best-fitting response in {best} of {total}.',
    earlierHeading: 'Earlier results:',
    earlier: '- {when}: support {support}, challenge {challenge} ({quadrant})',
    since: 'Since the last time: support {support}, challenge {challenge}.',
  },
  scoringKey: {
    heading: 'Scoring key',
    points: 'Give each answer its points: {points}.',
    reversed: 'Statements {statements} describe things to avoid, so turn their points round: {points}.',
    add: 'For each scale, add the points of the statements listed. Where a statement says ×2 or ×3, count it two or three times.',
    grid: 'Support and challenge place you on the grid: a score above half the maximum is high. High support and high challenge is {growth}; high support and low challenge, {confirmation}; low support and high challenge, {retreat}; low support and low challenge, {stasis}.',
    strengths: 'For every scale, a score at or above the "strength from" figure is a strength; below it, read that part of the guide (linked from the scale\'s name) for something to try.',
    tableLabel: 'Scoring key: {group}',
    groups: {
      element: 'Support, challenge and vision',
      do: 'Do\'s',
      dont: 'Don\'ts',
    },
    columns: {
      scale: 'Scale',
      statements: 'Statements',
      maximum: 'Maximum',
      highAbove: 'High above',
      strengthFrom: 'Strength from',
    },
    scenariosHeading: 'Scenarios',
    scenariosIntro: 'Where each response pushes the learner. The best fit with the model is marked.',
    scenario: 'Scenario {number}, {title}:',
    bestFit: '(best fit)',
  },
  scales: [
    { id: 'support', name: 'Support', group: 'element', guide: 'model/#support', strength: 'You back learners.', suggestion: 'Offer one act of support.' },
    { id: 'challenge', name: 'Challenge', group: 'element', guide: 'model/#challenge', strength: 'You stretch learners.', suggestion: 'Set one stretch task.' },
    { id: 'vision', name: 'Vision', group: 'element', guide: 'model/#vision', strength: 'You ask about futures.', suggestion: 'Ask about five years from now.' },
    { id: 'ask-questions', name: 'Ask questions', group: 'do', guide: 'dos-and-donts/#ask-questions', strength: 'You ask before you advise.', suggestion: 'Ask what they think first.' },
    { id: 'take-over', name: 'Avoid taking over', group: 'dont', guide: 'dos-and-donts/#take-over', strength: 'You let learners do the work.', suggestion: 'Wait ten seconds before stepping in.' },
  ],
  items: [
    { id: 'listen', text: "I listen to the learner's worries.", feeds: { support: 1 }, reverse: false },
    { id: 'stretch', text: 'I give the learner a task just beyond them.', feeds: { challenge: 1 }, reverse: false },
    { id: 'future', text: 'I ask where the learner wants to go.', feeds: { vision: 1, 'ask-questions': 1 }, reverse: false },
    { id: 'take-over', text: 'I take over when the learner is slow.', feeds: { challenge: 1, 'take-over': 1 }, reverse: true },
  ],
  scenarios: [
    {
      id: 'late',
      title: 'The late learner',
      situation: 'A student arrives late for the third time.',
      options: [
        { id: 'scold', text: 'Tell them off in front of the team.', quadrant: 'retreat', best: false, feedback: 'Challenge with no support.' },
        { id: 'ignore', text: 'Say nothing.', quadrant: 'stasis', best: false, feedback: 'Nothing asked, nothing offered.' },
        { id: 'ask', text: 'Ask privately what is going on.', quadrant: 'growth', best: true, feedback: 'Support that still expects change.' },
      ],
    },
    {
      id: 'mistake',
      title: 'The wrong dose',
      situation: 'A resident writes the wrong dose.',
      options: [
        { id: 'fix-it', text: 'Quietly fix it yourself.', quadrant: 'confirmation', best: false, feedback: 'Safe, but nothing learned.' },
        { id: 'walk-through', text: 'Walk through the calculation together.', quadrant: 'growth', best: true, feedback: 'They learn with you beside them.' },
        { id: 'report', text: 'Report them at once.', quadrant: 'retreat', best: false, feedback: 'A threat with no help.' },
      ],
    },
  ],
};

/** The four quadrants, as in content/data/quadrants.yaml but short. */
/** The site's words for a heading's "#" link (content/data/site.yaml), which the form's part headings use. */
export const sectionLink = 'Link to section: {section}';

/** The site's locale for dates (content/data/site.yaml's default). */
export const locale = 'en-GB';

/** The grid's words, as the plot's tests have them. */
export const drawing = drawingWords(explorerProps.words);

export const quadrants: Quadrant[] = [
  { id: 'stasis', name: 'Stasis', experience: 'Little asked, little offered.', nextStep: 'Ask about their plans.' },
  { id: 'confirmation', name: 'Confirmation', experience: 'Safe but not stretched.', nextStep: 'Add one stretch task.' },
  { id: 'retreat', name: 'Retreat', experience: 'Pushed hard, alone.', nextStep: 'Name a strength.' },
  { id: 'growth', name: 'Growth', experience: 'Stretched and backed.', nextStep: 'Keep the balance.' },
];

/**
 * Answers that place the reader in Confirmation: all support, no challenge.
 *   support:       listen 4 of 4                         -> share 1    -> 10.0 of 10
 *   challenge:     stretch 0, take-over reversed 4 -> 0  -> share 0    ->  1.0 of 10
 *   vision:        future 3 of 4                         -> share 0.75 ->  7.8 of 10
 *   ask-questions: future 3 of 4 -> 0.75, a strength (strengthFrom 0.75)
 *   take-over:     reversed 4 -> 0 of 4 -> 0, something to try
 * Scenarios: C (best) in "late", A (not best) in "mistake": 1 of 2.
 */
export const confirmationAnswers = {
  answers: { listen: 'Almost always', stretch: 'Never', future: 'Often', 'take-over': 'Almost always' },
  choices: { late: 'Ask privately what is going on.', mistake: 'Quietly fix it yourself.' },
} as const;

export const confirmationShares = { support: 1, challenge: 0, vision: 0.75, 'ask-questions': 0.75, 'take-over': 0 };

/** Two earlier results: Retreat in January, Growth in March. */
export const earlierAttempts: SavedAttempt[] = [
  {
    id: 'january',
    completedAt: '2026-01-10T09:00:00.000Z',
    // support 2.8, challenge 8.2, vision 5.5: Retreat
    shares: { support: 0.2, challenge: 0.8, vision: 0.5, 'ask-questions': 0.5, 'take-over': 0.25 },
    scenarios: { best: 0, total: 2 },
  },
  {
    id: 'march',
    completedAt: '2026-03-10T09:00:00.000Z',
    // support 8.2 (+5.4), challenge 8.2 (no change), vision 6.4 (+0.9): Growth
    shares: { support: 0.8, challenge: 0.8, vision: 0.6, 'ask-questions': 1, 'take-over': 0.75 },
    scenarios: { best: 2, total: 2 },
  },
];
