import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidePagePaths, projectRoot, SITES } from './support/sites';

// The global setup has already built both sites; a failed build fails the run.
describe.each(Object.entries(SITES))('the %s build', (_name, site) => {
  it.each(guidePagePaths())('has a page for guide path "/%s"', (path) => {
    const file = `${projectRoot}${site.outDir}/${path}index.html`;
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('<h1>');
  });

  it('has a 404 page', () => {
    expect(existsSync(`${projectRoot}${site.outDir}/404.html`)).toBe(true);
  });

  it('has a search page and a search index of the guide pages, the four pages for teaching and the mentor\'s feedback page (not the 404, search or learner\'s form pages)', () => {
    expect(existsSync(`${projectRoot}${site.outDir}/search/index.html`)).toBe(true);
    expect(existsSync(`${projectRoot}${site.outDir}/pagefind/pagefind.js`)).toBe(true);
    const entry = JSON.parse(readFileSync(`${projectRoot}${site.outDir}/pagefind/pagefind-entry.json`, 'utf8'));
    // The facilitator guide, the conversation card, the handout, the share page and /feedback/.
    expect(entry.languages.en.page_count).toBe(guidePagePaths().length + 5);
  });

  it('loads no script file on any page before the reader asks (the search module is imported on demand)', () => {
    for (const path of [...guidePagePaths(), 'search/']) {
      const html = readFileSync(`${projectRoot}${site.outDir}/${path}index.html`, 'utf8');
      expect(html, path).not.toMatch(/<script[^>]+src=/);
      expect(html, path).not.toMatch(/<link[^>]+rel="modulepreload"/);
      const moduleUrl = html.match(/data-module="([^"]+)"/)?.[1] ?? '';
      expect(moduleUrl).toMatch(new RegExp(`^${site.base}_astro/search\\.[\\w-]+\\.js$`));
      expect(existsSync(`${projectRoot}${site.outDir}/${moduleUrl.slice(site.base.length)}`)).toBe(true);
    }
  });
});

describe('every handout point is on the site', () => {
  // Each phrase stands for one point of the original handout (shared/seed/).
  const HANDOUT_POINTS: Record<string, string[]> = {
    '': ['awaken a truth within us', 'Parker J. Palmer', 'clerkship or a rotation'],
    'model/': [
      'goes beyond those set goals',
      'personal connection',
      'mutual',
      'support',
      'challenge',
      'vision',
      'nurturing',
      'introducing a learner to a colleague',
      'current abilities in relation to their vision',
      'Stasis',
      'Confirmation',
      'Retreat',
      'Growth',
      'balance support with challenge',
      'positive expectations',
      'Daloz (1986)',
    ],
    'making-it-work/': [
      'multiple mentors',
      'need not feel prepared',
      'one area',
      'Presenting at conferences',
      'Work-life balance',
      'Most learners want mentors',
      'pre-clinical years',
      'vision for the future',
    ],
    'dos-and-donts/': [
      'Be available: in person, by phone, online',
      'Ask questions',
      'Identify strengths',
      'Give feedback',
      'Track progress',
      'Promote a personal agenda',
      'Seek “free labour”',
      'Take credit for a mentee’s work or accomplishments',
      'Create a “clone”',
      'Rose, Rukstalis &amp; Schuckit (2005)',
    ],
    'references/': ['Daloz LA.', 'Rose GL, Rukstalis MR, Schuckit MA.', 'Palmer PJ.'],
  };

  it.each(Object.entries(HANDOUT_POINTS))('page "/%s" covers its points', (path, phrases) => {
    const html = readFileSync(`${projectRoot}${SITES.root.outDir}/${path}index.html`, 'utf8');
    const missing = phrases.filter((phrase) => !html.includes(phrase));
    expect(missing).toEqual([]);
  });
});
