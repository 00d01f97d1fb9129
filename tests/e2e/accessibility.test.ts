import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, projectorContrastViolations, useChromium } from './support/browser';
import { answerFor, openWithShortcut, search } from './support/search';
import { guidePagePaths, siteUrl } from './support/sites';
import { facilitatorPages } from './support/facilitator';

const browser = useChromium();

const PAGES = [...guidePagePaths(), 'search/', 'no-such-page/', 'conversation-card/', 'handout/', 'share/', 'feedback/', 'feedback/learner/', ...facilitatorPages()];

const THEMES = ['light', 'dark'] as const;

describe('axe-core, WCAG 2.2 A and AA, every page in both themes', () => {
  // One browser page for the pages, one after another, its console errors
  // counted page by page. Each page is checked in the light theme, then in the
  // dark one without reloading: the colours follow prefers-color-scheme
  // (light-dark() in tokens.css), which the browser switches at once.
  let opened: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    opened = await openPage(browser());
  });
  afterAll(() => opened.close());

  it.each(PAGES)('"/%s" has no violations in either theme, and no console errors', async (path) => {
    const { page, problems } = opened;
    problems.errors.length = 0;
    await page.emulateMedia({ colorScheme: THEMES[0] });
    await page.goto(siteUrl('root', path));
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), theme).toBe(theme === 'dark');
      expect(await axeViolations(page), theme).toEqual([]);
      // What the room reads on a projector needs more: contrast of at least 7:1.
      if (path.startsWith('facilitator/room/')) expect(await projectorContrastViolations(page), theme).toEqual([]);
    }
    // The not-found page is served with status 404, which Chromium logs as a
    // failed load of the document itself; that one message is expected there only.
    const expected = path === 'no-such-page/' ? [expect.stringMatching(/status of 404/)] : [];
    expect(problems.errors).toEqual(expected);
  });
});

describe.each(THEMES)('axe-core on search as it is used, %s theme', (theme) => {
  it('the search dialog, open with results, has no violations', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await page.goto(siteUrl('root', 'model/'));
    await openWithShortcut(page);
    await search(page, 'feedback');
    expect(await axeViolations(page)).toEqual([]);
    await search(page, 'zzzzqqq');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('the search page with results, and a result page with the words highlighted, have no violations', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await page.goto(siteUrl('root', 'search/?q=support'));
    await answerFor(page, 'support');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(siteUrl('root', 'model/?highlight=support#support'));
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
