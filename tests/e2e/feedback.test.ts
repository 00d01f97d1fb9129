import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { openPage, useChromium } from './support/browser';
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
