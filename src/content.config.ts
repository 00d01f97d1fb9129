import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { guidePageSchema } from '~/guide/guidePage.schema';
import { referenceSchema } from '~/references/reference.schema';
import { quadrantSchema } from '~/plot/quadrant.schema';
import { resourceSchema } from '~/references/resource.schema';
import { exampleRelationshipSchema } from '~/plot/exampleRelationship.schema';
import { plotWordsSchema } from '~/plot/plotWords.schema';
import { siteSchema } from '~/site/site.schema';
import { selfAssessmentSchema } from '~/assessment/selfAssessment.schema';
import { conversationCardSchema } from '~/card/conversationCard.schema';
import { handoutSchema } from '~/handout/handout.schema';
import { feedbackSchema } from '~/feedback/feedback.schema';
import { modelSummarySchema } from '~/guide/modelSummary.schema';
import { aliasSchema } from '~/aliases/alias.schema';
import { shareSchema } from '~/share/share.schema';
import { sessionsSchema } from '~/facilitator/sessions.schema';
import { institutionSchema } from '~/institution/institution.schema';
import { institutionLoader } from '~/institution/build/institutionFile';

// Words live in content/; each collection checks its files against a schema so
// that a typo fails the build with the file and field named.
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: guidePageSchema,
});

const references = defineCollection({
  loader: file('./content/data/references.yaml'),
  schema: referenceSchema,
});

const quadrants = defineCollection({
  loader: file('./content/data/quadrants.yaml'),
  schema: quadrantSchema,
});

const exampleRelationships = defineCollection({
  loader: file('./content/data/example-relationships.yaml'),
  schema: exampleRelationshipSchema,
});

const plotWords = defineCollection({
  loader: file('./content/data/plot.yaml'),
  schema: plotWordsSchema,
});

const resources = defineCollection({
  loader: file('./content/data/resources.yaml'),
  schema: resourceSchema,
});

const settings = defineCollection({
  loader: file('./content/data/site.yaml'),
  schema: siteSchema,
});

const selfAssessment = defineCollection({
  loader: file('./content/data/self-assessment.yaml'),
  schema: selfAssessmentSchema,
});

const conversationCard = defineCollection({
  loader: file('./content/data/conversation-card.yaml'),
  schema: conversationCardSchema,
});

const handout = defineCollection({
  loader: file('./content/data/handout.yaml'),
  schema: handoutSchema,
});

const modelSummary = defineCollection({
  loader: file('./content/data/model.yaml'),
  schema: modelSummarySchema,
});


// Short and old addresses: each key is an address, leading to the page in its "to:".
const aliases = defineCollection({
  loader: file('./content/data/aliases.yaml'),
  schema: aliasSchema,
});

const share = defineCollection({
  loader: file('./content/data/share.yaml'),
  schema: shareSchema,
});


const feedback = defineCollection({
  loader: file('./content/data/feedback.yaml'),
  schema: feedbackSchema,
});

const sessions = defineCollection({
  loader: file('./content/data/sessions.yaml'),
  schema: sessionsSchema,
});

// content/data/institution.yaml, optional: without it the guide is the generic one.
const institution = defineCollection({
  loader: institutionLoader(),
  schema: institutionSchema,
});

export const collections = { guide, references, quadrants, exampleRelationships, plotWords, resources, settings, selfAssessment, conversationCard, handout, modelSummary, aliases, share, sessions, feedback, institution };
