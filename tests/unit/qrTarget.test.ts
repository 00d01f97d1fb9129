import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrTargetUrl } from '~/handout/qrTarget';
import { qrSvg } from '~/handout/qrSvg';

describe('the handout QR code target', () => {
  it('is the public origin at the root', () => {
    expect(qrTargetUrl('https://faculty.example.edu', '/')).toBe('https://faculty.example.edu/');
    expect(qrTargetUrl(new URL('https://faculty.example.edu/'), '/')).toBe('https://faculty.example.edu/');
  });

  it('adds the sub-path, with or without its slashes', () => {
    expect(qrTargetUrl('https://faculty.example.edu', '/mentoring/')).toBe('https://faculty.example.edu/mentoring/');
    expect(qrTargetUrl('https://faculty.example.edu/', 'mentoring')).toBe('https://faculty.example.edu/mentoring/');
    expect(qrTargetUrl('https://faculty.example.edu', '/a/b/')).toBe('https://faculty.example.edu/a/b/');
  });

  it('keeps only the origin of SITE_URL, as canonical links do', () => {
    expect(qrTargetUrl('http://localhost:4321/ignored/', '/mentoring/')).toBe('http://localhost:4321/mentoring/');
  });

  it('is undefined without a public address, never a guess', () => {
    expect(qrTargetUrl(undefined, '/mentoring/')).toBeUndefined();
    expect(qrTargetUrl('', '/')).toBeUndefined();
    expect(qrTargetUrl('  ', '/')).toBeUndefined();
  });
});

describe('the QR code SVG', () => {
  it('is an accessible SVG with no style attributes', async () => {
    const svg = await qrSvg('https://faculty.example.edu/', 'QR code: "site" <a>');
    expect(svg).toMatch(/^<svg class="qr-code" role="img" aria-label="QR code: &quot;site&quot; &lt;a>" /);
    expect(svg).not.toMatch(/style=/);
    expect(svg).toContain('viewBox');
  });

  it('encodes the address (decoded from the drawn modules)', async () => {
    const svg = await qrSvg('https://faculty.example.edu/mentoring/', 'QR code');
    // Rasterise the qrcode package's path ("M<x> <y>.5h<n>m<dx> 0h<n>...") at 4 px a module.
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
    const scale = 4;
    const width = size * scale;
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
    const dark = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1];
    let x = 0;
    let y = 0;
    for (const [, command, a, b] of dark.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
      if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
      else if (command === 'm') x += Number(a);
      else {
        for (let column = x; column < x + Number(a); column += 1) {
          for (let dy = 0; dy < scale; dy += 1) {
            for (let dx = 0; dx < scale; dx += 1) {
              const offset = ((y * scale + dy) * width + column * scale + dx) * 4;
              pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0;
            }
          }
        }
        x += Number(a);
      }
    }
    expect(jsQR(pixels, width, width)?.data).toBe('https://faculty.example.edu/mentoring/');
  });
});
