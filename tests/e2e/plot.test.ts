import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations, openPage, useChromium } from './support/browser';
import { projectRoot, siteUrl } from './support/sites';
import { currentQuadrant, gridPoint, hydratedPlot, markerCentre, PLOT, sliderValues } from './support/plot';

// The support/challenge plot on the model page, in real Chromium against the built site.

const browser = useChromium();
const modelPage = (query = '') => siteUrl('root', `model/${query}`);

describe('the support/challenge plot', () => {
  it('keeps its controls disabled until the island runs', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(modelPage());
    // Not yet scrolled into view, so not hydrated: visible, but plainly not usable yet.
    const controlsDisabled = () => page.locator(`${PLOT} fieldset.plot-controls`).evaluate((set) => (set as HTMLFieldSetElement).disabled);
    expect(await controlsDisabled()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Support' }).isDisabled()).toBe(true);
    expect(await page.locator(`${PLOT} .plot-marker`).getAttribute('aria-disabled')).toBe('true');
    await hydratedPlot(page);
    expect(await controlsDisabled()).toBe(false);
    expect(await page.getByRole('slider', { name: 'Support' }).isDisabled()).toBe(false);
    expect(await page.locator(`${PLOT} .plot-marker`).getAttribute('aria-disabled')).toBeNull();
    await close();
  });

  it('drags with the mouse into Growth, announcing only the change of quadrant, and the address follows', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(modelPage());
    await hydratedPlot(page);
    expect(await currentQuadrant(page)).toBe('Stasis');
    await page.locator(`${PLOT} [role=status]`).evaluate((region) => {
      // Each text the region shows, once (one change can come as several DOM mutations).
      const heard: string[] = [];
      new MutationObserver(() => {
        const text = region.textContent ?? '';
        if (text && heard.at(-1) !== text) heard.push(text);
      }).observe(region, { childList: true, characterData: true, subtree: true });
      (window as unknown as { heard: string[] }).heard = heard;
    });
    const start = await markerCentre(page);
    const target = await gridPoint(page, 0.85, 0.75);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + target.x) / 2, (start.y + target.y) / 2, { steps: 6 });
    await page.mouse.move(target.x, target.y, { steps: 6 });
    // Checked before the button is released, so the drag itself (not a click) moved the marker.
    expect(await sliderValues(page)).toEqual({ support: 9, challenge: 8 });
    expect(await currentQuadrant(page)).toBe('Growth');
    await page.mouse.up();
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.length).toBeLessThanOrEqual(3); // Stasis to Growth crosses at most two boundaries
    // Said where the marker crossed into Growth, not repeated for the steps after it.
    expect(heard.at(-1)).toMatch(/^Growth: /);
    expect(heard.at(-1)).not.toBe('Growth: support 9 of 10, challenge 8 of 10.');
    await page.waitForURL(/[?&]support=9&challenge=8/);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('drags with a pen', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(modelPage());
    await hydratedPlot(page);
    const start = await markerCentre(page);
    const target = await gridPoint(page, 0.15, 0.85);
    const cdp = await page.context().newCDPSession(page);
    const pen = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', point: { x: number; y: number }) =>
      cdp.send('Input.dispatchMouseEvent', { type, x: point.x, y: point.y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1, pointerType: 'pen' });
    await pen('mousePressed', start);
    for (let step = 1; step <= 5; step++) {
      await pen('mouseMoved', { x: start.x + ((target.x - start.x) * step) / 5, y: start.y + ((target.y - start.y) * step) / 5 });
    }
    expect(await currentQuadrant(page)).toBe('Retreat');
    await pen('mouseReleased', target);
    expect(await sliderValues(page)).toEqual({ support: 2, challenge: 9 });
    await close();
  });

  it('places the marker with a click and with a tap', async () => {
    const { page, close } = await openPage(browser(), { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await page.goto(modelPage());
    await hydratedPlot(page);
    const retreat = await gridPoint(page, 0.15, 0.95);
    await page.touchscreen.tap(retreat.x, retreat.y);
    expect(await currentQuadrant(page)).toBe('Retreat');
    expect(await sliderValues(page)).toEqual({ support: 2, challenge: 10 });
    const confirmation = await gridPoint(page, 0.95, 0.05);
    await page.mouse.click(confirmation.x, confirmation.y);
    expect(await currentQuadrant(page)).toBe('Confirmation');
    await close();
  });

  it('drags with a finger on the marker', async () => {
    const { page, close } = await openPage(browser(), { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await page.goto(modelPage());
    await hydratedPlot(page);
    const start = await markerCentre(page);
    const target = await gridPoint(page, 0.75, 0.15);
    // Playwright's touchscreen only taps; a drag goes through the DevTools protocol.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', point?: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [{ x: point.x, y: point.y }] : [] });
    await touch('touchStart', start);
    for (let step = 1; step <= 5; step++) {
      await touch('touchMove', { x: start.x + ((target.x - start.x) * step) / 5, y: start.y + ((target.y - start.y) * step) / 5 });
    }
    await touch('touchEnd');
    expect(await currentQuadrant(page)).toBe('Confirmation');
    expect(await sliderValues(page)).toEqual({ support: 8, challenge: 2 });
    await close();
  });

  it('moves with the arrow keys on the focused marker and announces the new quadrant', async () => {
    // Reduced motion turns off smooth scrolling, so any scroll an arrow key caused would show at once.
    const { page, close } = await openPage(browser(), { reducedMotion: 'reduce' });
    await page.goto(modelPage());
    await hydratedPlot(page);
    // Reach the marker by keyboard: it is the next tab stop after the caption's citation link.
    await page.locator(`figure.quadrant-figure figcaption a`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-roledescription'))).toBe('2D slider');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Within a quadrant the live region stays quiet; the marker's own value says where it is.
    expect(await page.locator(`${PLOT} [role=status]`).innerText()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-valuetext'))).toBe(
      'Stasis: support 3 of 10, challenge 5 of 10',
    );
    await page.keyboard.press('ArrowUp');
    expect(await sliderValues(page)).toEqual({ support: 3, challenge: 6 });
    expect(await currentQuadrant(page)).toBe('Retreat');
    expect(await page.locator(`${PLOT} [role=status]`).innerText()).toContain('Retreat');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await close();
  });

  it('moves with the two range inputs', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(modelPage());
    await hydratedPlot(page);
    const before = await markerCentre(page);
    await page.getByRole('slider', { name: 'Support' }).focus();
    await page.keyboard.press('End');
    await page.getByRole('slider', { name: 'Challenge' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await sliderValues(page)).toEqual({ support: 10, challenge: 6 });
    expect(await currentQuadrant(page)).toBe('Growth');
    // Let the marker finish its glide (a CSS transition of its centre).
    await page.locator(`${PLOT} .plot-marker-dot`).evaluate((dot) => Promise.all(dot.getAnimations().map((animation) => animation.finished)));
    const after = await markerCentre(page);
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBeLessThan(before.y);
    await close();
  });

  it('moves to a chosen example and explains it', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(modelPage());
    await hydratedPlot(page);
    await page.getByRole('button', { name: 'The demanding attending who gives no support' }).click();
    expect(await currentQuadrant(page)).toBe('Retreat');
    expect(await page.locator(`${PLOT} .plot-example-note`).innerText()).toContain('nobody explains');
    await page.waitForURL(/example=demanding-attending/);
    await close();
  });

  it('never hides a quadrant name under the marker at the start or at an example, or under the vision mark', async () => {
    const examples = parse(readFileSync(`${projectRoot}content/data/example-relationships.yaml`, 'utf8')) as { id: string }[];
    const { page, close } = await openPage(browser());
    for (const query of ['?vision=on', ...examples.map(({ id }) => `?example=${id}&vision=on`)]) {
      await page.goto(modelPage(query));
      await hydratedPlot(page);
      const overlaps = await page.locator(`${PLOT} svg.plot-svg`).first().evaluate((svg) => {
        const box = (element: Element) => element.getBoundingClientRect();
        const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const covering = [...svg.querySelectorAll('.plot-marker-dot, .plot-vision-label, .plot-vision-ring')].map(box);
        return [...svg.querySelectorAll('.plot-name')].filter((name) => covering.some((cover) => meet(box(name), cover))).map((name) => name.textContent);
      });
      expect(overlaps, query).toEqual([]);
    }
    await close();
  });

  it('restores a shared link: position, vision and example', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(modelPage('?example=friendly-preceptor&vision=on#plot'));
    await hydratedPlot(page);
    expect(await currentQuadrant(page)).toBe('Confirmation');
    expect(await sliderValues(page)).toEqual({ support: 8, challenge: 2 });
    expect(await page.getByRole('checkbox', { name: "Show the learner's vision" }).isChecked()).toBe(true);
    expect(await page.locator(`${PLOT} .plot-vision`).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'The friendly preceptor who never pushes' }).getAttribute('aria-pressed')).toBe('true');
    await close();
  });

  it.each([
    ['not numbers', '?support=NaN&challenge=abc', { support: 3, challenge: 3 }],
    ['out of range', '?support=99&challenge=-5', { support: 10, challenge: 1 }],
    ['huge', '?support=1e999&challenge=99999999999', { support: 3, challenge: 3 }],
    ['script text', '?support=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&challenge=7', { support: 3, challenge: 7 }],
    ['markup in the example', '?example=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E', { support: 3, challenge: 3 }],
  ])('ignores a tampered link (%s) safely and keeps working', async (_kind, query, expected) => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(modelPage(query));
    await hydratedPlot(page);
    expect(await sliderValues(page)).toEqual(expected);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator(`${PLOT} img, ${PLOT} script`).count()).toBe(0);
    await page.getByRole('slider', { name: 'Support' }).focus();
    await page.keyboard.press('Home');
    expect((await sliderValues(page)).support).toBe(1);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('has a projector mode: full screen, large type, focus kept inside, Escape leaves', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(modelPage());
    await hydratedPlot(page);
    const fontSize = () => page.locator(PLOT).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const normal = await fontSize();
    await page.getByRole('button', { name: 'Present full screen' }).click();
    expect(await page.locator(`${PLOT}.is-presenting`).count()).toBe(1);
    await page.waitForFunction(() => document.fullscreenElement?.id === 'plot');
    expect(await fontSize()).toBeGreaterThan(normal * 1.3);
    // Plot and words side by side on a wide screen.
    const svg = (await page.locator(`${PLOT} svg`).boundingBox())!;
    const readout = (await page.locator(`${PLOT} .plot-readout`).boundingBox())!;
    expect(readout.x).toBeGreaterThan(svg.x + svg.width - 1);
    // Tab goes through the plot's controls and never reaches the page behind it
    // (past the last control, focus leaves the page for the browser, then comes back).
    const visited = new Set<string>();
    for (let press = 0; press < 16; press++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() =>
        document.activeElement === document.body ? 'nothing' : document.activeElement?.closest('#plot') ? 'plot' : document.activeElement?.outerHTML.slice(0, 80),
      );
      visited.add(where ?? 'nothing');
    }
    expect([...visited].filter((where) => where !== 'plot' && where !== 'nothing')).toEqual([]);
    expect(visited.has('plot')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(await page.locator(`${PLOT}.is-presenting`).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Present full screen' }).isVisible()).toBe(true);
    // The page behind comes back to life as the mode's effect is cleaned up, just after the plot re-renders.
    await expect.poll(() => page.locator('[inert]').count()).toBe(0);
    await close();
  });

  it('glides to a chosen example only for readers who have not asked for less motion', async () => {
    const transition = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, close } = await openPage(browser(), { reducedMotion });
      await page.goto(modelPage());
      await hydratedPlot(page);
      await page.getByRole('button', { name: 'The friendly preceptor who never pushes' }).click();
      const duration = await page.locator(`${PLOT} .plot-marker-dot`).evaluate((dot) => getComputedStyle(dot).transitionDuration);
      await close();
      return duration;
    };
    expect(await transition('reduce')).toBe('0s');
    expect(await transition('no-preference')).not.toBe('0s');
  });

  it('fits a 320 px screen with nothing scrolling sideways', async () => {
    const { page, close } = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    await page.goto(modelPage('?vision=on'));
    await hydratedPlot(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const svg = (await page.locator(`${PLOT} svg`).boundingBox())!;
    expect(svg.x).toBeGreaterThanOrEqual(0);
    expect(svg.x + svg.width).toBeLessThanOrEqual(320);
    await close();
  });

  it.each(['light', 'dark'] as const)('prints the plot dark on light without the controls, from the %s theme', async (theme) => {
    const { page, close } = await openPage(browser());
    await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
    await page.goto(modelPage('?support=8&challenge=8'));
    await hydratedPlot(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${PLOT} svg`).isVisible()).toBe(true);
    expect(await page.locator(`${PLOT} .plot-readout`).isVisible()).toBe(true);
    expect(await page.getByRole('slider', { name: 'Support' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Present full screen' }).isVisible()).toBe(false);
    // Quadrant names in near-black on a light fill, whatever the screen theme was.
    const luminance = (colour: string) => {
      const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const text = await page.locator(`${PLOT} .plot-name`).first().evaluate((node) => getComputedStyle(node).fill);
    const fill = await page.locator(`${PLOT} .plot-cell rect`).first().evaluate((node) => getComputedStyle(node).fill);
    expect(luminance(text)).toBeLessThan(0.25);
    expect(luminance(fill)).toBeGreaterThan(0.75);
    await close();
  });

  it('works under a sub-path', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(siteUrl('sub', 'model/?support=9&challenge=2'));
    await hydratedPlot(page);
    expect(await currentQuadrant(page)).toBe('Confirmation');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations in use, in the %s theme', async (colorScheme) => {
    const { page, close } = await openPage(browser(), { colorScheme });
    await page.goto(modelPage('?example=stretch-with-backing&vision=on'));
    await hydratedPlot(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Present full screen' }).click();
    await page.locator(`${PLOT}.is-presenting`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
