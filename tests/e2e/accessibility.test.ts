import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useChromium } from './support/browser';
import { guidePagePaths, siteUrl } from './support/sites';

const browser = useChromium();

const PAGES = [...guidePagePaths(), 'no-such-page/'];

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 A and AA, %s theme', (theme) => {
  it.each(PAGES)('"/%s" has no violations and no console errors', async (path) => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: theme });
    await page.goto(siteUrl('root', path));
    expect(await axeViolations(page)).toEqual([]);
    // The not-found page is served with status 404, which Chromium logs as a
    // failed load of the document itself; that one message is expected there only.
    const expected = path === 'no-such-page/' ? [expect.stringMatching(/status of 404/)] : [];
    expect(problems.errors).toEqual(expected);
    await close();
  });
});
