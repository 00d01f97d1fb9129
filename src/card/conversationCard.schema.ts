import { z } from 'astro/zod';
import { stepTimingProblems } from './stepTiming.rules';

// The five-minute conversation card in content/data/conversation-card.yaml. The
// steps' minutes must add up to totalMinutes; the message says by how much they
// are off and lists each step's minutes.

const slug = (what: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: `${what} must be lowercase letters, digits and hyphens, e.g. pre-clinical.`,
  });
const text = z.string().trim().min(1);

const stepSchema = z.object({
  id: slug('A step id'),
  title: text,
  /** Whole or half minutes. */
  minutes: z.number({ error: 'minutes must be a number, e.g. 1 or 0.5.' }).positive({ error: 'minutes must be more than 0.' }),
  text,
});

const stageSchema = z.object({
  id: slug('A stage id'),
  /** The stage's name on its button, e.g. "Clerkship student". */
  label: text,
  /** For "Question 2 of 5 for clerkship students". */
  plural: text,
  prompts: z.array(text).min(1, { error: 'Give each stage at least one question.' }),
});

const linkSchema = z.object({
  text,
  /** A page or section of the guide, from the site root: making-it-work/ or model/#vision. */
  href: z.string().regex(/^[a-z0-9-]+\/(#[a-z0-9-]+)?$/, {
    error: 'href must be a page path such as model/ or a section such as model/#vision.',
  }),
});

export const conversationCardSchema = z
  .object({
    title: text,
    description: z.string().trim().min(20).max(200),
    intro: text,
    totalMinutes: z.number().positive(),
    stepsHeading: text,
    steps: z.array(stepSchema).min(1),
    promptsHeading: text,
    promptsIntro: text,
    stageLegend: text,
    showAnother: text,
    position: text,
    /** How many questions of each stage the printed card shows. */
    printPrompts: z.number().int().min(1).max(5),
    stages: z.array(stageSchema).min(1),
    moreHeading: text,
    more: z.array(linkSchema),
    printTip: text,
  })
  .superRefine((card, context) => {
    for (const message of stepTimingProblems(card.steps, card.totalMinutes)) {
      context.addIssue({ code: 'custom', message, path: ['steps'] });
    }
    const ids = card.stages.map((stage) => stage.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', message: `Two stages have the id "${id}".`, path: ['stages', index, 'id'] });
    });
  });

export type ConversationCard = z.infer<typeof conversationCardSchema>;
export type CardStage = ConversationCard['stages'][number];
