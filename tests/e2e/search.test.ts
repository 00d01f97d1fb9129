import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { normaliseQuery } from '~/search/searchText';
import { answerFor, dialog, field, focusedElement, openWithShortcut, resultLinks, resultPaths, search, status } from './support/search';
import { siteUrl } from './support/sites';

const browser = useChromium();

describe('opening and closing search', () => {
  it('opens with Ctrl+K from anywhere on a page, focused on the field; Escape closes it and focus returns', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root', 'model/'));
    const opener = page.locator('main a').first();
    await opener.focus();
    await openWithShortcut(page);
    expect(await focusedElement(page)).toBe('search-dialog-field');
    // The page behind is inert while the dialog is open.
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
    await page.keyboard.type('vision');
    // The search module, loaded when search opens, has started once it answers: until then
    // Escape in the search field would only clear the words, as a search field does.
    await answerFor(page, 'vision');
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await opener.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('opens with Cmd+K (Meta) too, but not with a single key', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await page.keyboard.press('k');
    await page.keyboard.press('/');
    expect(await dialog(page).isVisible()).toBe(false);
    await page.keyboard.press('Meta+k');
    expect(await dialog(page).isVisible()).toBe(true);
    await close();
  });

  it('opens by clicking the header control, closes with the Close button and by clicking outside', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1200, height: 800 } });
    await page.goto(siteUrl('root', 'dos-and-donts/'));
    const control = page.getByRole('button', { name: 'Search' });
    expect(await control.getAttribute('aria-haspopup')).toBe('dialog');
    // The search module, loaded when search first opens, closes the dialog on a click on the
    // backdrop; it has set that up by the time it asks for Pagefind.
    const moduleStarted = page.waitForRequest('**/pagefind/pagefind.js');
    await control.click();
    expect(await dialog(page).isVisible()).toBe(true);
    expect(await focusedElement(page)).toBe('search-dialog-field');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await control.evaluate((button) => button === document.activeElement)).toBe(true);

    await moduleStarted;
    await control.click();
    await page.mouse.click(5, 790);
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await control.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('reopens with the last search, its words selected so typing starts a new one', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await search(page, 'vision');
    const results = await resultLinks(page).count();
    await page.keyboard.press('Escape');
    await openWithShortcut(page);
    expect(await resultLinks(page).count()).toBe(results);
    await page.keyboard.type('clone');
    expect(await field(page).inputValue()).toBe('clone');
    await close();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await search(page, 'feedback');
    const insideDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')));
    const linkCount = await resultLinks(page).count();
    // Round the whole dialog forwards, then backwards: focus never leaves it.
    for (let i = 0; i < linkCount + 3; i++) {
      await page.keyboard.press('Tab');
      expect(await insideDialog()).toBe(true);
    }
    for (let i = 0; i < linkCount + 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await insideDialog()).toBe(true);
    }
    await field(page).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedElement(page)).toBe('button: Close');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('search-dialog-field');
    await close();
  });
});

describe('results', () => {
  // A word from each page's own content, and the page it must find.
  const TERMS: [string, string][] = [
    ['awaken', '/'],
    ['nurturing', '/model/'],
    ['hospitalist', '/making-it-work/'],
    ['clone', '/dos-and-donts/'],
    ['CIMER', '/references/'],
    ['near-peers', '/learners/'],
  ];

  it.each(TERMS)('"%s" finds %s and announces the count', async (term, path) => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    const announced = await search(page, term);
    expect(announced).toMatch(new RegExp(`^\\d+ pages? match(es)? “${term}”\\.$`));
    const pages = (await resultPaths(page)).map((result) => result.replace(/#.*/, ''));
    expect(pages).toContain(path);
    expect(await status(page).getAttribute('role')).toBe('status');
    expect(problems.errors).toEqual([]);
    await close();
  });

  // The pages for teaching with the guide, found by what a facilitator would type.
  it.each([
    ['session plan', '/facilitator/'],
    ['conversation card', '/conversation-card/'],
    ['handout', '/handout/'],
    ['onboarding email', '/share/'],
    ['feedback from learners', '/feedback/'],
  ])('"%s" finds %s', async (query, path) => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await search(page, query);
    expect((await resultPaths(page)).map((result) => result.replace(/#.*/, ''))).toContain(path);
    expect(problems.errors).toEqual([]);
    await close();
  });

  // Words that are on every guide page but outside what search indexes. Pagefind
  // also matches similar words ("Previous" finds "pre-clinical"), so navigation
  // labels that resemble content words are searched as exact phrases, in quotes.
  const NOT_INDEXED: [string, string, string][] = [
    ['"leaves your browser"', 'the footer', 'making-it-work/'],
    ['"No sign-up, no tracking"', 'the footer', 'making-it-work/'],
    ['"Skip to content"', 'the skip link', 'making-it-work/'],
    ['"Dark mode"', 'the theme toggle', 'making-it-work/'],
    ['"On this page"', 'the table of contents', 'making-it-work/'],
    ['"Previous"', 'the previous and next links', 'making-it-work/'],
    ['"Link to section"', 'the hidden labels of heading anchors', 'making-it-work/'],
    ['"Copy link to this view"', "the plot's controls", 'model/'],
    ['"Place a mentoring relationship"', "the plot's instructions", 'model/'],
  ];

  it.each(NOT_INDEXED)('%s, only in %s, finds nothing', async (query, _where, path) => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root', path));
    expect(await page.evaluate(() => document.body.textContent)).toContain(query.replaceAll('"', ''));
    await openWithShortcut(page);
    expect(await search(page, query)).toBe(`Nothing in the guide matches “${query}”. Try another word, or fewer words.`);
    expect(await resultLinks(page).count()).toBe(0);
    await close();
  });

  it('a phrase from a heading links to that section, which opens scrolled to and highlighted', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1000, height: 700 } });
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await search(page, 'free labour');
    const section = page.locator('[data-search-results] a[href*="#seek-free-labour"]');
    expect(await section.textContent()).toBe('Seek “free labour”');
    await section.click();
    await page.waitForURL(/\/dos-and-donts\/\?highlight=free&highlight=labour#seek-free-labour$/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const heading = page.locator('#seek-free-labour');
    expect(await heading.locator('mark.pagefind-highlight').allTextContents()).toEqual(['free', 'labour']);
    const top = () => heading.evaluate((element) => element.getBoundingClientRect().top);
    await expect.poll(top, { timeout: 5_000 }).toBeLessThan(100);
    // The highlight is visible: a background of its own, in the site's colours.
    const background = await heading.locator('mark').first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // Navigation and hidden labels are never marked.
    expect(await page.locator('header mark, footer mark, .heading-anchor mark').count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('a quoted phrase still highlights its words on the page, and only in the main content', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1000, height: 700 } });
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await search(page, '"free labour"');
    await page.locator('[data-search-results] a[href*="#seek-free-labour"]').click();
    await page.waitForURL(/\?highlight=free&highlight=labour#seek-free-labour$/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(await page.locator('#seek-free-labour mark.pagefind-highlight').allTextContents()).toEqual(['free', 'labour']);
    // "mentoring" is in the site name and the navigation too: only the main content is marked.
    await page.goto(siteUrl('root', 'model/?highlight=mentoring'));
    await page.locator('main mark.pagefind-highlight').first().waitFor();
    expect(await page.locator('header').innerText()).toMatch(/mentoring/i);
    expect(await page.locator('header mark, footer mark, nav mark').count()).toBe(0);
    await close();
  });

  it('a slow answer to an earlier query never replaces the answer to the latest one', async () => {
    const { page, close } = await openPage(browser());
    // Pagefind searches in a web worker, one answer for each request the page
    // posts it. Counted in the page: an answer counts one task after it arrives,
    // once the code awaiting it (the search's own) has run.
    await page.addInitScript(() => {
      const counts = { posted: 0, answered: 0 };
      (window as unknown as { pagefindWorker: typeof counts }).pagefindWorker = counts;
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          this.addEventListener('message', () => setTimeout(() => (counts.answered += 1)));
          const post = this.postMessage.bind(this) as (...message: unknown[]) => void;
          this.postMessage = ((...message: unknown[]) => {
            counts.posted += 1;
            post(...message);
          }) as Worker['postMessage'];
        }
      };
    });
    // The first query's fragments are held back until the second query has been answered.
    let holding = true;
    let firstHeld: () => void = () => {};
    const held = new Promise<void>((resolve) => (firstHeld = resolve));
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (holding) {
        firstHeld();
        await released;
      }
      await route.continue();
    });
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await field(page).fill('vision');
    await held; // the first query's fragments are now on their slow way
    holding = false;
    expect(await search(page, 'labour')).toMatch(/“labour”/);
    release();
    // Long enough for the slow answer: Pagefind has answered everything the page asked, and the page has handled it.
    await page.waitForFunction(() => {
      const { posted, answered } = (window as unknown as { pagefindWorker: { posted: number; answered: number } }).pagefindWorker;
      return posted > 0 && answered === posted;
    });
    expect(await status(page).textContent()).toMatch(/“labour”/);
    const pages = new Set((await resultPaths(page)).map((path) => path.replace(/#.*/, '')));
    // The pages that speak of free labour; "vision" would add the model, the home page and more.
    expect([...pages].sort()).toEqual(['/dos-and-donts/', '/learners/']);
    await close();
  });

  it('keeps its status line rendered while empty, so its first words are announced', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    const line = status(page);
    expect(await line.getAttribute('role')).toBe('status');
    expect(await line.evaluate((element) => [element.textContent, getComputedStyle(element).display])).toEqual(['', 'block']);
    await close();
  });

  it('arrow keys move from the field through the results and back', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    await search(page, 'learner');
    const links = await resultLinks(page).allTextContents();
    expect(links.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await focusedElement(page)).toBe(`a: ${links[0]}`);
    await page.keyboard.press('ArrowDown');
    expect(await focusedElement(page)).toBe(`a: ${links[1]}`);
    await page.keyboard.press('End');
    expect(await focusedElement(page)).toBe(`a: ${links.at(-1)}`);
    await page.keyboard.press('Home');
    expect(await focusedElement(page)).toBe(`a: ${links[0]}`);
    await page.keyboard.press('ArrowUp');
    expect(await focusedElement(page)).toBe('search-dialog-field');
    // Enter in the field opens the first result.
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('highlight'));
    await close();
  });

  it('handles odd input without errors: very long text, regex characters, emoji and HTML', async () => {
    const { page, problems, close } = await openPage(browser());
    page.on('dialog', (alert) => problems.errors.push(`unexpected ${alert.type()}: ${alert.message()}`));
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    for (const query of ['(.*)+?[a-z]\\d{2}$^|', '🩺🙂', '<img src=x onerror=alert(1)>', '"', '***']) {
      const announced = await search(page, query);
      expect(announced.length).toBeGreaterThan(0);
    }
    // A pasted essay is cut to a query of reasonable length, and still answered.
    const essay = 'feedback '.repeat(2000);
    await field(page).fill(essay);
    expect(await answerFor(page, normaliseQuery(essay))).toMatch(/^\d+ pages? match/);
    expect(normaliseQuery(essay).length).toBeLessThan(200);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    // Whatever was typed, nothing from it became markup.
    expect(await page.locator('dialog img').count()).toBe(0);
    // Emptying the field clears the results and the status.
    await field(page).fill('');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === '');
    expect(await resultLinks(page).count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
