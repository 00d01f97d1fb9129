// The handout prints the quotation that opens the home page. Reading it from
// the page's MDX (<Quote by="..." source="...">words</Quote>) keeps the words in
// one place, as citedKeys() does for citations.

export interface Quotation {
  text: string;
  by: string;
  source?: string;
}

const QUOTE_TAG = /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  return match?.[2];
}

/** The first <Quote> in an MDX page, or undefined if it has none (or one without `by`). */
export function firstQuote(mdxSource: string): Quotation | undefined {
  const match = QUOTE_TAG.exec(mdxSource);
  if (!match) return undefined;
  const by = attribute(match[1], 'by');
  const text = match[2].replace(/\s+/g, ' ').trim();
  if (!by || !text) return undefined;
  const source = attribute(match[1], 'source');
  return source ? { text, by, source } : { text, by };
}
