import { z } from 'astro/zod';
import { copyWordsSchema } from '~/ui/copyWords.schema';
import { templateText } from '~/ui/templateText.schema';

// The words and statements of the learners' feedback, content/data/feedback.yaml.

const text = z.string().trim().min(1);

/** What a statement tells the mentor about. */
export const FEEDBACK_SCALES = ['support', 'challenge', 'vision'] as const;
export type FeedbackScale = (typeof FEEDBACK_SCALES)[number];

export const feedbackStatementSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be lowercase letters, digits and hyphens, e.g. asked-goals.' }),
  scale: z.enum(FEEDBACK_SCALES, { error: `scale must be one of: ${FEEDBACK_SCALES.join(', ')}.` }),
  text,
});
export type FeedbackStatement = z.infer<typeof feedbackStatementSchema>;

const byDifference = z.object({ 'learners-lower': text, 'learners-higher': text, agrees: text });

/** What /feedback/ shows of the learners' answers opened there. */
const mentorViewSchema = z.object({
  heading: text,
  none: text,
  needsJavaScript: text,
  caveat: text,
  privacy: text,
  caption: text,
  learner: templateText('number'),
  placed: templateText('quadrant', 'support', 'challenge', 'vision'),
  self: text,
  selfPlaced: templateText('quadrant', 'support', 'challenge'),
  noSelf: templateText('link'),
  selfAssessmentLink: text,
  spread: templateText('count', 'supportMin', 'supportMax', 'challengeMin', 'challengeMax'),
  nextHeading: text,
  support: byDifference,
  challenge: byDifference,
  quadrantStep: templateText('quadrant', 'step'),
  remove: templateText('number'),
  deleteAll: text,
  deleteConfirm: text,
  added: text,
  already: text,
  removed: text,
  deleted: text,
  problems: z.object({ 'not-a-link': text, 'old-version': text, truncated: text, tampered: text }),
  notices: z.object({ unavailable: text, 'set-aside': text, 'save-failed': text }),
});
export type MentorViewWords = z.infer<typeof mentorViewSchema>;

export const feedbackSchema = z.object({
  statements: z
    .array(feedbackStatementSchema)
    .min(5, { error: 'Give at least five statements: fewer cannot place a learner on the grid fairly.' })
    .max(8, { error: 'Give at most eight statements: a learner answers on a phone, in two minutes.' })
    .refine((statements) => new Set(statements.map((statement) => statement.id)).size === statements.length, {
      error: 'Each statement needs an id of its own.',
    })
    .refine((statements) => FEEDBACK_SCALES.every((scale) => statements.some((statement) => statement.scale === scale)), {
      error: 'Give at least one statement for each of support, challenge and vision.',
    }),
  /** From the lowest (1) to the highest (5). */
  answers: z.array(text).length(5, { error: 'Give exactly five answers, from "Strongly disagree" to "Strongly agree".' }),
  mentor: z.object({
    title: text,
    description: z.string().trim().min(20).max(200),
    intro: text,
    requestHeading: text,
    requestIntro: text,
    copyRequest: copyWordsSchema,
    qrCaption: text,
    noAddress: text,
    returnHeading: text,
    returnIntro: text,
    view: mentorViewSchema,
  }),
  learner: z.object({
    title: text,
    description: z.string().trim().min(20).max(200),
    intro: text,
    privacy: text,
    caveat: text,
    make: text,
    unanswered: templateText('count'),
    needsJavaScript: text,
    returnHeading: text,
    returnIntro: text,
    copyReturn: copyWordsSchema,
    email: text,
    emailSubject: text,
    emailBody: templateText('link'),
  }),
});

export type FeedbackContent = z.infer<typeof feedbackSchema>;
export type LearnerWords = FeedbackContent['learner'];
