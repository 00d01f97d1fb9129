import QRCode from 'qrcode';

/**
 * A QR code for `url` as an inline SVG, made at build time. The qrcode package
 * draws with fill and stroke attributes (no style attributes, which a strict
 * Content-Security-Policy would block); we add a class and an accessible name.
 * Dark modules on a white square in both themes: scanners need the contrast.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  if (/\sstyle=/i.test(svg)) throw new Error('The QR code SVG has a style attribute, which the site\'s CSP would block.');
  return svg.replace('<svg ', `<svg class="qr-code" role="img" aria-label="${escapeAttribute(label)}" `);
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
