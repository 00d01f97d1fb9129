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
    expect(problems.errors.filter((error) => !error.includes('404'))).toEqual([]);
    await close();
  });
});
