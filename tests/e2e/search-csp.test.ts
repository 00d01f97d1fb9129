import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from './support/browser';
import { openWithShortcut, search, status } from './support/search';
import { siteUrl } from './support/sites';

// Serves the built site with a strict Content-Security-Policy header, as a
// host might: no 'unsafe-inline' and no 'unsafe-eval'. The page's own inline
// scripts (theme and search loader) and inline styles (Astro inlines the CSS)
// are allowed by their SHA-256 hashes, computed here from the HTML served.
// What Pagefind itself needs: 'wasm-unsafe-eval' (it compiles its WebAssembly
// search engine) and worker-src 'self' (it searches in a web worker loaded
// from <base>pagefind/pagefind-worker.js).

const browser = useChromium();

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineHashes = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => sha256(match[1] ?? ''));

function strictPolicy(html: string, { wasm }: { wasm: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''} ${inlineHashes(html, 'script').join(' ')}`,
    `style-src 'self' ${inlineHashes(html, 'style').join(' ')}`,
    "worker-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

async function serveWithStrictPolicy(context: BrowserContext, options: { wasm: boolean }) {
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    const html = (response.headers()['content-type'] ?? '').includes('text/html') ? body.toString('utf8') : '';
    // Scripts and the worker get the same policy, without page-specific hashes.
    const headers = { ...response.headers(), 'content-security-policy': strictPolicy(html, options) };
    await route.fulfill({ response, body, headers });
  });
}

/** Records CSP violations in the page and console messages from its workers. */
async function watchViolations(page: Page): Promise<{ worker: string[]; inPage: () => Promise<string[]> }> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI}`));
  });
  const worker: string[] = [];
  page.on('worker', (started) => started.on('console', (message) => worker.push(message.text())));
  return { worker, inPage: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

describe('with a strict Content-Security-Policy', () => {
  it('search, its web worker and the highlight on the result page work with no violation', async () => {
    const { page, problems, close } = await openPage(browser());
    await serveWithStrictPolicy(page.context(), { wasm: true });
    const violations = await watchViolations(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));

    await page.goto(siteUrl('root', 'model/'));
    await openWithShortcut(page);
    expect(await search(page, 'free labour')).toBe('1 page matches “free labour”.');
    expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
    expect(await violations.inPage()).toEqual([]);

    await page.locator('[data-search-results] a[href*="#seek-free-labour"]').click();
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(await violations.inPage()).toEqual([]);
    expect(violations.worker).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it("without 'wasm-unsafe-eval' Pagefind cannot start, and the dialog says search is unavailable", async () => {
    const { page, problems, close } = await openPage(browser());
    await serveWithStrictPolicy(page.context(), { wasm: false });
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
