import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { readingOrder, navLink, guidePath } from '~/site/navigation';
import { quadrantsInGridOrder } from '~/plot/quadrants';
import { parseAliases } from '~/aliases/aliases';
import { sectionOutline } from '~/guide/toc';

// The one door to content/: pages and components read the content collections
// through these loaders (and handoutSources.ts), so the rest of src/ stays free
// of astro:content and each route stays a thin view.

/** A guide page as the collection holds it (content/guide/*.mdx). */
export type GuideEntry = CollectionEntry<'guide'>;

/** A guide page's rendered MDX and its headings. */
export function renderGuidePage(page: GuideEntry) {
  return render(page);
}

/** One guide page by its file name (without .mdx), or undefined. */
export function guideEntry(id: string) {
  return getEntry('guide', id);
}

/** The one entry of a single-entry data file: content/data/<id>.yaml, whose top-level key is <id>. */
async function dataFile<C extends CollectionKey>(collection: C, id: string): Promise<CollectionEntry<C>['data']> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`content/data/${id}.yaml needs an entry named "${id}".`);
  return entry.data;
}

/** Every work in content/data/references.yaml. */
export async function allReferences() {
  return (await getCollection('references')).map((entry) => entry.data);
}

/** The programmes and tools in content/data/resources.yaml, in file order. */
export async function furtherResources() {
  return (await getCollection('resources')).map((entry) => entry.data);
}

/** Guide pages in reading order. */
export async function guidePages() {
  return readingOrder(await getCollection('guide'));
}

/** Links for the site navigation, in reading order. */
export async function guideNavLinks() {
  return (await guidePages()).map(navLink);
}

/** Every guide page with its sections (## headings): the site's table of contents, for the search page. */
export async function guideContents() {
  return Promise.all(
    (await guidePages()).map(async (page) => {
      const { headings } = await render(page);
      const sections = headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ slug, text }));
      return { ...navLink(page), sections };
    }),
  );
}

/** Site-wide words from content/data/site.yaml. */
export async function siteSettings() {
  return dataFile('settings', 'site');
}

/** The four quadrants' words, in grid order. */
export async function quadrantTexts() {
  return quadrantsInGridOrder((await getCollection('quadrants')).map((entry) => entry.data));
}

/** The example relationships for the support/challenge plot, in alphabetical order of id. */
export async function exampleRelationships() {
  const examples = (await getCollection('exampleRelationships')).map((entry) => entry.data);
  return examples.sort((a, b) => a.id.localeCompare(b.id));
}

/** The learners' feedback to a mentor: statements and words, from content/data/feedback.yaml. */
export async function feedbackContent() {
  return dataFile('feedback', 'feedback');
}

/** The words around the support/challenge plot, from content/data/plot.yaml. */
export async function plotWords() {
  return dataFile('plotWords', 'plot');
}

/** The self-assessment's scales, statements, scenarios and words, from content/data/self-assessment.yaml. */
export async function selfAssessmentContent() {
  return dataFile('selfAssessment', 'self-assessment');
}

/** The five-minute conversation card's steps, questions and words, from content/data/conversation-card.yaml. */
export async function conversationCardContent() {
  return dataFile('conversationCard', 'conversation-card');
}

/** The printable handout's own words, from content/data/handout.yaml. */
export async function handoutWords() {
  return dataFile('handout', 'handout');
}

/** The short summary of the mentoring model, from content/data/model.yaml. */
export async function modelSummary() {
  return dataFile('modelSummary', 'model');
}

/** The short and old addresses from content/data/aliases.yaml, checked (see src/aliases/aliases.ts). */
export async function siteAliases() {
  const entries = await getCollection('aliases');
  // Astro's file loader logs a YAML mistake (such as the same address twice) and
  // carries on with no entries; without this, every old link would silently break.
  if (entries.length === 0) {
    throw new Error(
      'content/data/aliases.yaml has no aliases: it could not be read (see the YAML message above, e.g. an address listed twice) or it is empty.',
    );
  }
  return parseAliases(entries.map((entry) => ({ from: entry.id, to: entry.data.to })));
}

/** Every guide page with all its sections (## and ###), for the share page. */
export async function guideOutline() {
  return Promise.all(
    (await guidePages()).map(async (page) => {
      const { headings } = await render(page);
      return { title: page.data.title, path: guidePath(page.id), sections: sectionOutline(headings) };
    }),
  );
}

/** The words of the share page, from content/data/share.yaml. */
export async function shareWords() {
  return dataFile('share', 'share');
}

/** The facilitator guide's plans and words, from content/data/sessions.yaml. */
export async function sessionsContent() {
  return dataFile('sessions', 'sessions');
}

/** The institution that adopted the guide, from content/data/institution.yaml (all empty for the generic guide). */
export async function institution() {
  return (await getEntry('institution', 'institution'))!.data;
}
