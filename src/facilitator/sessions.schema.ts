import { z } from 'astro/zod';
import { planProblems } from './plan.rules';

// The facilitator guide in content/data/sessions.yaml: session plans and the
// words of the guide, present view, notes and worksheet. Checks that need a
// whole plan (minutes adding up, duplicate ids) run in planProblems(), so each
// message names the plan at fault.

const text = z.string().trim().min(1);
const slug = (what: string, example: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: `${what} must be lowercase letters, digits and hyphens, e.g. ${example}.`,
  });
const minutes = z
  .number({ error: 'minutes must be a whole number of minutes, at least 1.' })
  .int({ error: 'minutes must be a whole number of minutes, at least 1.' })
  .min(1, { error: 'minutes must be a whole number of minutes, at least 1.' });

/** Words with a segment's place in the plan, such as "Segment {current} of {total}": both placeholders are needed. */
const positionTemplate = (example: string) =>
  text.refine((value) => value.includes('{current}') && value.includes('{total}'), {
    error: `position must contain {current} and {total}, e.g. "${example}".`,
  });

/** A page inside the site, written from its root: /model/, /model/?example=busy-supervisor#plot. */
export const sitePathSchema = z.string().regex(/^\/(?!\/)[^\s]*$/, {
  error: 'A link must be a page of this site written from its root, such as /model/#plot.',
});

/** The pieces of the guide a room view can show beside the prompt. */
export const ROOM_PIECES = ['quote', 'plot', 'dos-and-donts'] as const;
export type RoomPiece = (typeof ROOM_PIECES)[number];

/** What the room sees of a segment on the projector. */
const roomSchema = z.object({
  /** The question or task for the room, in a sentence or two: it is shown large. */
  prompt: text.max(200, { error: 'A room prompt must be at most 200 characters: the room reads it from the back.' }),
  /** One piece of the guide to show beside it, if the segment uses one. */
  show: z.enum(ROOM_PIECES, { error: `show must be one of ${ROOM_PIECES.join(', ')}.` }).optional(),
});

const segmentSchema = z.object({
  id: slug('A segment id', 'the-model'),
  title: text,
  minutes,
  purpose: text,
  say: text,
  /** The pages to open on the projector. */
  click: z.array(z.object({ label: text, href: sitePathSchema })).default([]),
  /** Questions for the room, the pairs or each person. */
  prompts: z.array(text).default([]),
  /** What the room view shows. Every segment needs one; planProblems() names a segment without. */
  room: roomSchema.optional(),
});

const planSchema = z.object({
  id: slug('A plan id', '30'),
  title: text,
  /** The session's stated length: the segments' minutes must add up to it. */
  minutes,
  summary: text,
  segments: z.array(segmentSchema).min(1, { error: 'A plan needs at least one segment.' }),
});

export const sessionsSchema = z
  .object({
    page: z.object({
      title: text,
      description: z.string().trim().min(20).max(200),
      intro: text,
      beforeHeading: text,
      before: z.array(text).min(1),
      timetableCaption: text,
      minutesColumn: text,
      segmentColumn: text,
      total: text,
      present: text,
      room: text,
      notes: text,
      worksheet: text,
      paperAssessment: text,
      minutesUnit: text,
      oneMinute: text,
      purpose: text,
      say: text,
      click: text,
      prompts: text,
    }),
    present: z.object({
      titlePrefix: text,
      description: z.string().trim().min(20).max(200),
      position: positionTemplate('Segment {current} of {total}'),
      navigation: text,
      previous: text,
      next: text,
      start: text,
      resume: text,
      pause: text,
      reset: text,
      timerLabel: text,
      timeUp: text,
      plotLink: text,
      newTab: text,
      exit: text,
      keys: text,
      nextUp: text,
      lastSegment: text,
      sessionTime: text,
      pace: z.object({
        notStarted: text,
        onTime: text,
        ahead: text.refine((value) => value.includes('{minutes}'), { error: 'pace.ahead must contain {minutes}.' }),
        behind: text.refine((value) => value.includes('{minutes}'), { error: 'pace.behind must contain {minutes}.' }),
      }),
      openRoom: text,
      blank: text,
      resetConfirm: text,
      keyHelpButton: text,
      withoutJavaScript: text,
      plotHref: sitePathSchema,
    }),
    room: z.object({
      titlePrefix: text,
      description: z.string().trim().min(20).max(200),
      position: positionTemplate('{current} of {total}'),
      navigation: text,
      previous: text,
      next: text,
      timeLabel: text,
      blanked: text,
    }),
    keyHelp: z.object({
      title: text,
      intro: text,
      lastKey: text,
      noKeyYet: text,
      spaceKey: text,
      close: text,
      rows: z.array(z.object({ keys: text, does: text })).min(1),
    }),
    notes: z.object({ titlePrefix: text, description: z.string().trim().min(20).max(200), print: text, back: text }),
    worksheet: z.object({
      title: text,
      description: z.string().trim().min(20).max(200),
      intro: text,
      print: text,
      back: text,
      reflectionHeading: text,
      reflection: text,
      gridHeading: text,
      grid: text,
      assessmentHeading: text,
      assessment: text,
      scenarioHeading: text,
      scenario: text,
      commitmentHeading: text,
      commitment: text,
      commitmentLines: z.array(text).min(1),
    }),
    plans: z.array(planSchema).min(1, { error: 'Give at least one plan.' }),
  })
  .superRefine((data, context) => {
    for (const problem of planProblems(data.plans)) context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

export type Sessions = z.infer<typeof sessionsSchema>;
export type SessionPlan = Sessions['plans'][number];
export type SessionSegment = SessionPlan['segments'][number];
export type PresentWords = Sessions['present'];
export type RoomWords = Sessions['room'];
export type KeyHelpWords = Sessions['keyHelp'];
