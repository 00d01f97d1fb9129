import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { PREVIEW_IMAGE } from '~/link-previews/linkPreview';

// Draws a page's link-preview image: the site's name above the page's title,
// beside the support/challenge grid's four quadrants. satori lays the text out
// as SVG paths with the site's own typeface (no system fonts, so every machine
// draws the same pixels), resvg turns it into a PNG. Same input, same bytes.

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));

// The light theme's colours (src/site/styles/tokens.css): previews sit on white email and chat backgrounds.
const COLOURS = {
  background: '#fbfbf9',
  text: '#1b1f24',
  accent: '#0a615c',
  quadrants: ['#dbe8f7', '#dcefdf', '#e4e6e8', '#f7e1dc'], // confirmation, growth / stasis, retreat
};

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children?: Node[] | string): Node => ({ type: 'div', props: { style, children } });

function quadrantGrid(): Node {
  const cell = (colour: string) => box({ width: 120, height: 120, backgroundColor: colour, borderRadius: 12 });
  const row = (colours: string[]) => box({ display: 'flex', gap: 12 }, colours.map(cell));
  const [a, b, c, d] = COLOURS.quadrants;
  return box({ display: 'flex', flexDirection: 'column', gap: 12, flexShrink: 0 }, [row([a, b]), row([c, d])]);
}

/** The preview image of one page, as PNG bytes; an adopting institution's name goes under the site's. */
export async function renderPreviewImage(siteName: string, title: string, organisation?: string): Promise<Buffer> {
  const showSiteName = siteName !== title;
  const size = title.length > 48 ? 60 : 72;
  const content = box(
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 80px 72px' },
    [
      box({ display: 'flex', flexDirection: 'column', gap: 8 }, [
        box({ display: 'flex', fontSize: 36, fontWeight: 700, color: COLOURS.accent }, showSiteName ? siteName : ''),
        ...(organisation ? [box({ display: 'flex', fontSize: 30, color: COLOURS.text }, organisation)] : []),
      ]),
      box({ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 64 }, [
        box({ display: 'flex', flexShrink: 1, fontSize: size, fontWeight: 700, lineHeight: 1.15 }, title),
        quadrantGrid(),
      ]),
    ],
  );
  const tree = box(
    {
      display: 'flex',
      flexDirection: 'column',
      width: PREVIEW_IMAGE.width,
      height: PREVIEW_IMAGE.height,
      backgroundColor: COLOURS.background,
      fontFamily: 'Atkinson Hyperlegible',
      color: COLOURS.text,
    },
    [box({ height: 20, backgroundColor: COLOURS.accent }), content],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    ...PREVIEW_IMAGE,
    fonts: [
      { name: 'Atkinson Hyperlegible', data: font(400), weight: 400, style: 'normal' },
      { name: 'Atkinson Hyperlegible', data: font(700), weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
