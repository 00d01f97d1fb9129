import { afterEach, describe, expect, it } from 'vitest';
import { applyStylesheet } from '~/assessment/stylesheet';

// The results view's styles are a file linked when it loads; the view waits
// for them, so it never shows unstyled, and never waits for ever.

const links = () => Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (link) => link.getAttribute('href'));

afterEach(() => {
  document.head.innerHTML = '';
});

describe('applying a stylesheet', () => {
  it('links it once and resolves when it has loaded', async () => {
    let settled = false;
    const applied = applyStylesheet('/_astro/results.abc.css').then(() => (settled = true));
    expect(links()).toEqual(['/_astro/results.abc.css']);
    await Promise.resolve();
    expect(settled).toBe(false);
    document.head.querySelector('link')!.dispatchEvent(new Event('load'));
    await applied;
    expect(settled).toBe(true);
  });

  it('resolves when the file cannot load too, so the results still show', async () => {
    const applied = applyStylesheet('/_astro/missing.css');
    document.head.querySelector('link')!.dispatchEvent(new Event('error'));
    await expect(applied).resolves.toBeUndefined();
  });

  it('waits for a link already on its way rather than adding a second', async () => {
    const first = applyStylesheet('/_astro/results.abc.css');
    const second = applyStylesheet('/_astro/results.abc.css');
    expect(links()).toEqual(['/_astro/results.abc.css']);
    document.head.querySelector('link')!.dispatchEvent(new Event('load'));
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
  });
});
