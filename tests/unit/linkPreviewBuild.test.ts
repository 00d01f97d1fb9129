import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeAttribute, readPage } from '~/build/builtPages';
import { renderPreviewImage } from '~/link-previews/build/previewImage';

describe('reading a built page', () => {
  it('reads Open Graph and Twitter tags, decoding entities, and every id', () => {
    const page = readPage(
      'dos-and-donts/',
      '<head><meta property="og:title" content="Mentoring do&#39;s &amp; don&#39;ts"><meta name="twitter:card" content="summary_large_image"></head><h2 id="donts">x</h2><div id="main">',
    );
    expect(page.meta.get('og:title')).toBe("Mentoring do's & don'ts");
    expect(page.meta.get('twitter:card')).toBe('summary_large_image');
    expect([...page.ids]).toEqual(['donts', 'main']);
    expect(page.refreshTo).toBeUndefined();
  });

  it('recognises a redirect page and where it leads', () => {
    const page = readPage('quiz/', '<meta http-equiv="refresh" content="0; url=/mentoring/model/#vision">');
    expect(page.refreshTo).toBe('/mentoring/model/#vision');
  });

  it('decodes numeric and named entities', () => {
    expect(decodeAttribute('&quot;a&quot; &#x201C;b&#x201D; &lt;c&gt; &#8217;')).toBe('"a" “b” <c> ’');
  });
});

describe('preview images', () => {
  it('are 1200 × 630 PNGs, byte for byte the same for the same page', async () => {
    const first = await renderPreviewImage('Informal Mentoring in Medicine', 'The mentoring model');
    const second = await renderPreviewImage('Informal Mentoring in Medicine', 'The mentoring model');
    expect(Buffer.compare(first, second)).toBe(0);
    const png = PNG.sync.read(first);
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it('differ when the title differs', async () => {
    const model = await renderPreviewImage('Informal Mentoring in Medicine', 'The mentoring model');
    const other = await renderPreviewImage('Informal Mentoring in Medicine', 'References');
    expect(Buffer.compare(model, other)).not.toBe(0);
  });
});
