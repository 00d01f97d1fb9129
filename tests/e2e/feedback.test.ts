import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useChromium } from './support/browser';
import { BEST_ANSWERS, completeQuiz, hydratedQuiz } from './support/assessment';
import { answerAndMakeLink, feedbackContent, hydratedLearnerForm } from './support/feedback';
import { settledIsland } from './support/islands';
import { SITES, siteUrl } from './support/sites';

// Feedback from a learner to a mentor: the mentor's page gives a link and a QR
// code to the learner's form; the learner answers on a phone and gets a return
// link with the answers in its fragment; nothing is stored or sent on the way.

const browser = useChromium();
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
const { statements, answers, mentor, learner } = feedbackContent();

describe("the mentor's page", () => {
  it('gives the link to the learner\'s form, to copy, and a QR code that opens it', async () => {
    const { page, problems, close } = await openPage(browser(), { deviceScaleFactor: 2 });
    await page.goto(siteUrl('root', 'feedback/'));
    await settledIsland(page, '.fb-request');
    const expected = `${SITES.root.siteUrl}/feedback/learner/`;
    expect(await page.locator('.fb-request a').innerText()).toBe(expected);
    expect(await page.getByRole('button', { name: mentor.copyRequest.label }).isVisible()).toBe(true);
    const qr = page.locator('.fb-qr svg.qr-code');
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(expected);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('without SITE_URL (the sub-path build) links to the form from the page\'s own address, and shows no code', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'feedback/'));
    await settledIsland(page, '.fb-request');
    expect(await page.locator('.fb-request a').innerText()).toBe(siteUrl('sub', 'feedback/learner/'));
    expect(await page.locator('.qr-code').count()).toBe(0);
    expect(await page.locator('.fb-no-address').innerText()).toBe(mentor.noAddress.trim().replace(/\s+/g, ' '));
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe("the mentor's page without JavaScript", () => {
  it('gives the link and the code, and says that answers show only with JavaScript', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'feedback/'));
    const view = (mentor as unknown as { view: Record<string, string> }).view;
    expect(await page.locator('.fb-request a').innerText()).toBe(`${SITES.root.siteUrl}/feedback/learner/`);
    expect(await page.locator('.fb-qr svg.qr-code').isVisible()).toBe(true);
    expect(await page.getByText(view.needsJavaScript).isVisible()).toBe(true);
    expect(await page.getByText(view.none).isVisible()).toBe(false);
    await close();
  });
});

describe("the learner's form, on a phone", () => {
  it('makes a short return link to the mentor\'s page with the answers in its fragment, sending and keeping nothing', async () => {
    const { page, problems, close } = await openPage(browser(), PHONE);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(siteUrl('root', 'feedback/learner/'));
    await hydratedLearnerForm(page);
    // Each statement numbered once, as rendered on the server and after hydration.
    expect(await page.locator('.fb-statement legend').first().innerText()).toBe(`1. ${statements[0].text}`);
    const before = requests.length;
    const link = await answerAndMakeLink(page, () => answers.length - 1);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(siteUrl('root', 'feedback/'));
    expect(url.search).toBe('');
    expect(url.hash).toMatch(new RegExp(`^#f1-[0-9a-z]{2}-${'5'.repeat(statements.length)}-[0-9a-z]$`));
    expect(link.length).toBeLessThan(200);
    // Answering and making the link asked the network for nothing, and the browser keeps nothing.
    expect(requests.slice(before)).toEqual([]);
    expect(requests.every((request) => request.startsWith(siteUrl('root')))).toBe(true);
    const kept = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      cookies: document.cookie,
    }));
    expect(kept).toEqual({ local: 0, session: 0, databases: 0, cookies: '' });
    // The page fits the phone: no sideways scrolling, even with the link shown.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.getByRole('heading', { name: learner.returnHeading }).evaluate((heading) => heading === document.activeElement)).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('says what is left when statements are unanswered', async () => {
    const { page, close } = await openPage(browser(), PHONE);
    await page.goto(siteUrl('root', 'feedback/learner/'));
    await hydratedLearnerForm(page);
    await page.getByRole('group', { name: statements[0].text }).getByRole('radio', { name: answers[3], exact: true }).check();
    await page.getByRole('button', { name: learner.make }).click();
    expect(await page.getByRole('alert').innerText()).toBe(learner.unanswered.replace('{count}', String(statements.length - 1)));
    expect(await page.locator('.fb-link').count()).toBe(0);
    await close();
  });

  it('without JavaScript shows every statement and answer, says the link needs JavaScript, and has no dead button', async () => {
    const { page, close } = await openPage(browser(), { ...PHONE, javaScriptEnabled: false });
    await page.goto(siteUrl('root', 'feedback/learner/'));
    for (const statement of statements) expect(await page.getByRole('group', { name: statement.text }).getByRole('radio').count()).toBe(answers.length);
    expect(await page.getByText(learner.needsJavaScript.trim().replace(/\s+/g, ' ')).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: learner.make }).isVisible()).toBe(false);
    await close();
  });
});

describe('a return link rewritten by a mail gateway ("#" as "%23")', () => {
  it.each(['root', 'sub'] as const)('still opens the mentor\'s page with the answers in its fragment (%s build)', async (site) => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl(site, 'feedback/learner/'));
    await hydratedLearnerForm(page);
    const link = new URL(await answerAndMakeLink(page, (index) => index % answers.length));
    const rewritten = `${link.origin}${link.pathname}%23${link.hash.slice(1)}`;
    await page.goto(rewritten);
    await page.waitForURL(link.href);
    expect(new URL(page.url()).hash).toBe(link.hash);
    await close();
  });
});

/** A learner's return link, made on the learner's own phone (a browser context of its own). */
async function learnerLink(pick: (index: number) => number): Promise<string> {
  const { page, close } = await openPage(browser(), PHONE);
  await page.goto(siteUrl('root', 'feedback/learner/'));
  await hydratedLearnerForm(page);
  const link = await answerAndMakeLink(page, pick);
  await close();
  return link;
}

/** Opens a link on the mentor's page and waits until its view has settled. */
async function openOnMentorsPage(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await settledIsland(page, '.fb-mentor');
}

const learnerLines = (page: Page) => page.locator('.fb-learners li').allInnerTexts();
const kept = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('mentoring-learner-feedback') ?? '{"answers":[]}').answers.length as number);

describe("the mentor's view", () => {
  const view = (mentor as unknown as { view: Record<string, string> & { problems: Record<string, string> } }).view;

  it("places each learner beside the mentor's own self-assessment: strongest answers Growth, weakest Stasis, several as a spread", async () => {
    const strongest = await learnerLink(() => answers.length - 1);
    const weakest = await learnerLink(() => 0);
    const { page, problems, close } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(siteUrl('root', 'self-assessment/'));
    await hydratedQuiz(page);
    await completeQuiz(page, BEST_ANSWERS);
    await openOnMentorsPage(page, strongest);
    expect(await learnerLines(page)).toEqual([expect.stringMatching(/^Learner 1 Growth: support 10\.0, challenge 10\.0, vision 10\.0 \(out of 10\)\./)]);
    expect(await page.locator('.fb-self').innerText()).toMatch(/^You, from your self-assessment: Growth: support/);
    // The answers left the address once kept.
    expect(new URL(page.url()).hash).toBe('');
    await openOnMentorsPage(page, weakest);
    expect(await learnerLines(page)).toEqual([expect.stringContaining('Growth'), expect.stringMatching(/^Learner 2 Stasis: support 1\.0, challenge 1\.0/)]);
    expect(await page.getByText(/^Across 2 learners: support from 1\.0 to 10\.0/).isVisible()).toBe(true);
    expect(await page.locator('.fb-plot .plot-points .plot-trail-earlier').count()).toBe(2);
    expect(await page.locator('.fb-plot .plot-point-self').count()).toBe(1);
    // Kept after a reload; and nothing left the site's own origin.
    await page.reload();
    await settledIsland(page, '.fb-mentor');
    expect(await learnerLines(page)).toHaveLength(2);
    expect(requests.filter((request) => !request.startsWith(siteUrl('root')))).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('opens a link whose "#" a mail gateway rewrote as "%23", and refuses tampered and truncated links with a message, changing nothing', async () => {
    const link = new URL(await learnerLink((index) => (index % 2 === 0 ? 3 : 1)));
    const { page, problems, close } = await openPage(browser());
    await page.goto(`${link.origin}${link.pathname}%23${link.hash.slice(1)}`);
    await page.waitForURL((url) => url.pathname === link.pathname);
    await settledIsland(page, '.fb-mentor');
    expect(await learnerLines(page)).toHaveLength(1);
    const [, set, digits, check] = link.hash.slice(1).split('-');
    const tampered = `${link.origin}${link.pathname}#f1-${set}-${digits[0] === '5' ? '4' : '5'}${digits.slice(1)}-${check}`;
    const truncated = `${link.origin}${link.pathname}#f1-${set}-${digits.slice(0, 3)}`;
    for (const [bad, problem] of [[tampered, 'tampered'], [truncated, 'truncated']] as const) {
      await page.goto(siteUrl('root'));
      await openOnMentorsPage(page, bad);
      expect(await page.getByRole('alert').innerText()).toBe(view.problems[problem].trim().replace(/\s+/g, ' '));
      expect(await learnerLines(page)).toHaveLength(1);
      expect(await kept(page)).toBe(1);
    }
    // The rewritten link reached the not-found page first, whose 404 status Chromium logs; nothing else.
    expect(problems.errors).toEqual([expect.stringMatching(/status of 404/)]);
    await close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with learners shown, at 320 px, %s theme, and deletes them all', async (theme) => {
    const link = await learnerLink(() => 3);
    const { page, problems, close } = await openPage(browser(), { ...PHONE, colorScheme: theme });
    await openOnMentorsPage(page, link);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: view.deleteAll }).click();
    await page.getByText(view.none).waitFor();
    expect(await kept(page)).toBe(0);
    expect(problems.errors).toEqual([]);
    await close();
  });
});
