import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { siteUrl } from './support/sites';

const browser = useChromium();

const toggle = (page: Page) => page.getByRole('button', { name: 'Dark mode' });
const backgroundOf = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('theme', () => {
  it('follows the system setting when the reader has not chosen', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser(), { colorScheme });
      await page.goto(siteUrl('root'));
      expect(await toggle(page).getAttribute('aria-pressed')).toBe(String(colorScheme === 'dark'));
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      await close();
    }
  });

  it('toggles by keyboard, changes the colours and persists across pages and reloads', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: 'light' });
    await page.goto(siteUrl('root'));
    const lightBackground = await backgroundOf(page);
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const darkBackground = await backgroundOf(page);
    expect(darkBackground).not.toBe(lightBackground);

    await page.goto(siteUrl('root', 'model/'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await backgroundOf(page)).toBe(darkBackground);
    await page.reload();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');

    await toggle(page).click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await backgroundOf(page)).toBe(lightBackground);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('applies a stored theme before the page body exists (no flash of the other theme)', async () => {
    const { page, close } = await openPage(browser(), { colorScheme: 'light' });
    // Record the theme at the moment <body> is inserted, which is before first paint.
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      const observer = new MutationObserver(() => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(siteUrl('root', 'references/'));
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    await close();
  });

  it('ignores a stored value that is not a theme', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('theme', '<script>alert(1)</script>'));
    await page.goto(siteUrl('root'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('still toggles for the visit when storage is unavailable', async () => {
    const { page, problems, close } = await openPage(browser(), { colorScheme: 'light' });
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: blocked });
    });
    await page.goto(siteUrl('root'));
    await toggle(page).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('is hidden without JavaScript, where the system theme applies', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false, colorScheme: 'dark' });
    await page.goto(siteUrl('root'));
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    const dark = await backgroundOf(page);
    await close();
    const light = await openPage(browser(), { javaScriptEnabled: false, colorScheme: 'light' });
    await light.page.goto(siteUrl('root'));
    expect(await backgroundOf(light.page)).not.toBe(dark);
    await light.close();
  });
});
