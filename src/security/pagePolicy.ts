import { createHash } from 'node:crypto';

// Astro's security.csp writes one <meta> policy listing the hashes of every
// inline script and stylesheet on the whole site (and of every JavaScript file,
// which 'self' already allows) into every page. These functions narrow each
// page's policy to the hashes of what that page inlines, which keeps every
// page's HTML within its size budget, and check that nothing inline is missing.

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
/** Script types a browser runs (anything else, such as JSON data, needs no hash). */
const RUNNABLE = /^$|^(module|text\/javascript|application\/javascript)$/i;

/** The CSP hash of an inline text as browsers compute it: sha256-... (the form Astro's security.csp takes). */
export const cspHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The same hash as a policy's source expression: 'sha256-...'. */
export const hashSource = (text: string): string => `'${cspHash(text)}'`;

/** The hash sources of a page's inline scripts and inline stylesheets. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => RUNNABLE.test(attributes.match(/\stype="([^"]*)"/i)?.[1] ?? ''))
    .map(([, , body]) => hashSource(body));
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, body]) => hashSource(body));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** A policy as [name, ...values] lists, in order. */
export function parsePolicy(policy: string): string[][] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/).filter(Boolean))
    .filter((tokens) => tokens.length > 0);
}

export const formatPolicy = (directives: string[][]): string => directives.map((tokens) => tokens.join(' ')).join('; ');

const isHash = (token: string) => /^'sha(256|384|512)-/.test(token);

/** style="" attributes and inline event handlers in a page's markup (outside scripts), as 'tag attribute="..."'. */
export function blockedAttributes(html: string): string[] {
  const markup = html.replace(INLINE_SCRIPT, '').replace(/<script[^>]*>[\s\S]*?<\/script>/gi, '');
  return [...markup.matchAll(/<([a-z][\w-]*)\b[^>]*?\s(style|on[a-z]+)=("[^"]*"|'[^']*'|[^\s>]+)/gi)].map(
    ([, tag, attribute, value]) => `<${tag} ${attribute}=${value!.slice(0, 40)}>`,
  );
}

export interface PagePolicy {
  /** The page with its narrowed policy, moved to the top of <head>. */
  html: string;
  /** The narrowed policy; undefined for a page without one (such as a redirect page) */
  policy?: string;
}

/**
 * Narrows a built page's CSP <meta> to the hashes of the page's own inline
 * scripts and styles, and moves it right after <meta charset> (a policy in a
 * meta tag only covers what follows it). Throws, naming the page, if the page
 * inlines a script or style that the site's policy does not allow, or inlines
 * anything without having a policy at all.
 */
export function narrowPagePolicy(html: string, page: string): PagePolicy {
  const blocked = blockedAttributes(html);
  if (blocked.length > 0) {
    throw new Error(
      `${page} has ${blocked.join(', ')}, which a strict Content-Security-Policy blocks: use a class (or an SVG presentation attribute) instead of style="", and a script instead of an on...="" handler.`,
    );
  }
  const used = inlineHashes(html);
  const meta = html.match(META);
  if (!meta) {
    if (used.scripts.length + used.styles.length > 0) {
      throw new Error(`${page} has an inline script or style but no Content-Security-Policy <meta>: render it with BaseLayout.`);
    }
    return { html };
  }
  const directives = parsePolicy(meta[1]!);
  const narrowed = directives.map(([name, ...values]) => {
    const needed = name === 'script-src' ? used.scripts : name === 'style-src' ? used.styles : undefined;
    if (!needed) return [name!, ...values];
    const missing = needed.filter((hash) => !values.includes(hash));
    if (missing.length > 0) {
      throw new Error(
        `${page} has an inline ${name === 'script-src' ? 'script' : 'style'} that the Content-Security-Policy does not allow (${missing.join(' ')}). ` +
          'Inline scripts are listed in src/security/inlineScripts.ts, and styles in Astro <style> blocks; never a style="" attribute.',
      );
    }
    return [name!, ...values.filter((value) => !isHash(value)), ...needed];
  });
  const policy = formatPolicy(narrowed);
  const withoutMeta = html.replace(META, '');
  const tag = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const charset = withoutMeta.match(/<meta charset="[^"]*">/i);
  const placed = charset
    ? withoutMeta.replace(charset[0], `${charset[0]}${tag}`)
    : withoutMeta.replace(/<head>/i, `<head>${tag}`);
  return { html: placed, policy };
}

/**
 * One policy that allows what any page allows (for a header sent with every
 * file): each page's directives, with the hash lists merged.
 */
export function unionPolicy(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, ...values] of parsePolicy(policy)) {
      const existing = merged.get(name!) ?? [];
      merged.set(name!, [...existing, ...values.filter((value) => !existing.includes(value))]);
    }
  }
  return formatPolicy([...merged].map(([name, values]) => [name, ...values]));
}
