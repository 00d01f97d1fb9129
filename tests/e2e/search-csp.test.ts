import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { openWithShortcut, status } from './support/search';
import { siteUrl } from './support/sites';

// Search under the site's real Content-Security-Policy is covered with every
// other interaction in csp.test.ts. This is the control: the one thing search
// adds to the policy, 'wasm-unsafe-eval' (Pagefind compiles its WebAssembly
// engine), is really needed: without it search says it could not load.

const browser = useChromium();

describe('search and the Content-Security-Policy', () => {
  it("without 'wasm-unsafe-eval' Pagefind cannot start, and the dialog says search is unavailable", async () => {
    const { page, problems, close } = await openPage(browser());
    await page.context().route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const policy = headers['content-security-policy'] ?? '';
      expect(policy).toContain("'wasm-unsafe-eval'");
      headers['content-security-policy'] = policy.replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({ response, headers });
    });
    await page.goto(siteUrl('root'));
    await openWithShortcut(page);
    // Pagefind starts without complaint; the first search finds it has no engine.
    await page.keyboard.type('vision');
    await page.waitForFunction(() => /could not load/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await status(page).textContent()).toContain('Search could not load');
    expect(problems.errors.join('\n')).toContain('Content Security Policy');
    await close();
  });
});
