import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useChromium } from './support/browser';
import { settledIsland } from './support/islands';
import { SITES, siteUrl, type SiteName } from './support/sites';

// The "Share this guide" page: the copy buttons put the right full address on
// the clipboard and say so, by mouse and by keyboard; a refused clipboard shows
// the text to copy by hand; without JavaScript every link is still there.

const browser = useChromium();

/** A page whose clipboard may be read back, with the share page's islands hydrated. */
async function sharePage(site: SiteName, options: Parameters<typeof openPage>[1] = {}) {
  const opened = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'], ...options });
  await opened.page.goto(siteUrl(site, 'share/'));
  return opened;
}

const clipboardText = (page: import('playwright-core').Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: import('playwright-core').Page, within: string) => page.locator(`${within} [role="status"]`);

/**
 * Scrolls the button into view (islands hydrate when visible) and waits until it works: the
 * island has settled, its links full addresses (without SITE_URL its first effect puts the
 * address the page was opened at in front of every link).
 */
async function readyButton(page: import('playwright-core').Page, name: string) {
  const button = page.getByRole('button', { name, exact: true });
  await button.scrollIntoViewIfNeeded();
  await settledIsland(page, '.share-links');
  return button;
}

describe.each(Object.keys(SITES) as SiteName[])('the share page on the %s build', (site) => {
  // With SITE_URL the addresses are the public ones; without, the address the page was opened at.
  const origin = SITES[site].siteUrl || new URL(siteUrl(site)).origin;
  const full = (path: string) => `${origin}${SITES[site].base}${path}`;

  it('copies a section\'s full address and announces it', async () => {
    const { page, problems, close } = await sharePage(site);
    const button = await readyButton(page, 'Copy link to Vision');
    await button.click();
    await expect.poll(() => clipboardText(page)).toBe(full('model/#vision'));
    await expect.poll(() => status(page, '.share-links').textContent()).toBe('Link to “Vision” copied.');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('lists every page and section with a link to it, and a copy button beside each', async () => {
    const { page, close } = await sharePage(site);
    await readyButton(page, 'Copy link to Vision');
    const items = await page.locator('.share-links a').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href'), button: link.parentElement?.closest('li, div')?.querySelector('button')?.getAttribute('aria-label') })),
    );
    expect(items.length).toBeGreaterThan(20);
    expect(items).toContainEqual({ href: full('dos-and-donts/#track-progress'), button: 'Copy link to Track progress' });
    expect(items).toContainEqual({ href: full('references/'), button: 'Copy link to References' });
    for (const item of items) expect(item.button, item.href ?? '').toMatch(/^Copy link to /);
    await close();
  });

  it('the email\'s copy button copies the whole email with full addresses', async () => {
    const { page, close } = await sharePage(site);
    // Settled: the island's first effect (without SITE_URL) has put the page's own address in front of the email's links.
    await settledIsland(page, '.share-email-block');
    expect(await page.locator('.share-email').textContent()).toContain(full('model/#support-challenge-and-vision'));
    await page.getByRole('button', { name: 'Copy the email text' }).click();
    await expect.poll(() => clipboardText(page)).toContain(`  ${full('model/#support-challenge-and-vision')}\n`);
    const text = await clipboardText(page);
    expect(text).toMatch(/^Subject: /);
    expect(text).toContain(full('self-assessment/'));
    expect(await status(page, '.share-email-block').textContent()).toBe('Email text copied. Paste it into your message.');
    await close();
  });
});

describe('the share page by keyboard', () => {
  it('Tab goes from a link to its copy button; Enter and Space copy', async () => {
    const { page, close } = await sharePage('root');
    await readyButton(page, 'Copy link to Track progress');
    await page.getByRole('link', { name: 'Track progress', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Copy link to Track progress');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboardText(page)).toBe('https://faculty.example.edu/dos-and-donts/#track-progress');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Copy link to Don’ts');
    await page.keyboard.press('Space');
    await expect.poll(() => clipboardText(page)).toBe('https://faculty.example.edu/dos-and-donts/#donts');
    await expect.poll(() => status(page, '.share-links').textContent()).toBe('Link to “Don’ts” copied.');
    await close();
  });
});

describe('when the clipboard is refused', () => {
  it('shows the address in a field to copy by hand, and says so', async () => {
    const { page, close } = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.goto(siteUrl('root', 'share/'));
    const button = await readyButton(page, 'Copy link to Vision');
    await button.click();
    const field = page.getByRole('textbox', { name: 'Text to copy' });
    expect(await field.inputValue()).toBe('https://faculty.example.edu/model/#vision');
    expect(await status(page, '.share-links').textContent()).toContain('Could not copy automatically');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('without JavaScript', () => {
  it.each(Object.keys(SITES) as SiteName[])('the %s build shows the email and every link, and no dead buttons', async (site) => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl(site, 'share/'));
    const base = SITES[site].base;
    const href = await page.getByRole('link', { name: 'Vision', exact: true }).getAttribute('href');
    expect(href).toBe(SITES[site].siteUrl ? 'https://faculty.example.edu/model/#vision' : `${base}model/#vision`);
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
    expect(await page.locator('.share-email').textContent()).toContain('Subject:');
    // Without SITE_URL the links start at the root; the page says so.
    expect(await page.getByText('These addresses start at the site').first().isVisible()).toBe(!SITES[site].siteUrl);
    await close();
  });
});

describe.each(['light', 'dark'] as const)('the share page, %s theme', (theme) => {
  // The page as it loads, before any copying, is checked in both themes with every other page (accessibility.test.ts).
  it('has no axe violations after copying', async () => {
    const { page, problems, close } = await sharePage('root', { colorScheme: theme });
    const button = await readyButton(page, 'Copy link to Vision');
    await button.click();
    await expect.poll(() => status(page, '.share-links').textContent()).toBe('Link to “Vision” copied.');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });
});

describe('search and navigation', () => {
  it('the home page and the header link to the share page; search indexes it but not its list of every section', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(siteUrl('sub', ''));
    expect(await page.locator('main a[href="/mentoring/share/"]').count()).toBe(1);
    expect(await page.locator('.teaching-nav a[href="/mentoring/share/"]').count()).toBe(1);
    await page.goto(siteUrl('sub', 'share/'));
    expect(await page.locator('main[data-pagefind-body]').count()).toBe(1);
    expect(await page.locator('.share-links').getAttribute('data-pagefind-ignore')).toBe('all');
    await close();
  });
});
