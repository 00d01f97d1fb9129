import { normalisePath } from '~/aliases/aliases';
import type { TocItem } from '~/guide/toc';

// The "Share this guide" page: the onboarding email's links and text, and the
// full address of every page and section. Pure, so the page (at build) and its
// islands (in the browser) build the same text.

/** A guide page with its sections, as the share page lists it. */
export interface OutlinePage {
  title: string;
  /** Path inside the site: "" (home) or "model/". */
  path: string;
  sections: TocItem[];
}

/** A link of the onboarding email, resolved against the guide. */
export interface EmailLink {
  /** The page's or section's title. */
  label: string;
  why: string;
  /** Path inside the site, with the section: "model/#vision". */
  path: string;
}

export interface EmailWords {
  subjectLabel: string;
  subject: string;
  opening: string[];
  closing: string[];
}

/** Finds each "read first" link's page and section in the guide; throws naming a link that leads nowhere. */
export function resolveEmailLinks(items: readonly { link: string; why: string }[], pages: readonly OutlinePage[], file = 'content/data/share.yaml'): EmailLink[] {
  const problems: string[] = [];
  const links: EmailLink[] = [];
  for (const { link, why } of items) {
    const [rawPath, slug] = link.split('#');
    let path: string;
    try {
      path = normalisePath(rawPath);
    } catch (error) {
      problems.push(`readFirst link "${link}": ${(error as Error).message}`);
      continue;
    }
    const page = pages.find((entry) => entry.path === path);
    if (!page) {
      problems.push(`readFirst link "${link}": the guide has no page at /${path}.`);
      continue;
    }
    if (slug === undefined) {
      links.push({ label: page.title, why, path });
      continue;
    }
    const section = page.sections.flatMap((item) => [item, ...item.children]).find((item) => item.slug === slug);
    if (!section) problems.push(`readFirst link "${link}": the page /${path} has no section "#${slug}".`);
    else links.push({ label: section.text, why, path: `${path}#${slug}` });
  }
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return links;
}

/** The address to share: full when the site's origin is known, else from the host's root. */
export function shareUrl(origin: string | undefined, base: string, path: string): string {
  return `${origin ?? ''}${base}${path}`;
}

/** An adopting institution's own programmes, for the email: "At Example University, these can help you too:" and the list. */
export interface EmailProgrammes {
  intro: string;
  items: readonly { name: string; link: string; line: string }[];
}

/** The onboarding email as plain text, ready to paste. */
export function emailText(words: EmailWords, links: readonly { label: string; why: string; url: string }[], programmes?: EmailProgrammes): string {
  const list = links.map((link) => `- ${link.label}: ${link.why}\n  ${link.url}`).join('\n');
  const local = programmes && programmes.items.length > 0
    ? [programmes.intro, programmes.items.map((item) => `- ${item.name}: ${item.line}\n  ${item.link}`).join('\n')]
    : [];
  return [`${words.subjectLabel} ${words.subject}`, ...words.opening, list, ...local, ...words.closing].join('\n\n');
}

/** Fills "{name}" in a message: "Copy link to {name}". */
export function withName(template: string, name: string): string {
  return template.replaceAll('{name}', name);
}

/** The HTML to paste into a course page to show an embed page in a frame; the frame's title names it for screen readers. */
/** The frame's height before (or without) a host that resizes it: the self-assessment's first screen, and room for the plot. */
export const FALLBACK_FRAME_HEIGHT = 900;

/**
 * The HTML of a frame for an embed page: titled (screen readers announce the
 * frame by it), the page's full width, a fallback height for hosts that do not
 * resize frames, and the features the islands use (copying a link or summary,
 * the plot's full-screen view), which a frame must be allowed.
 */
export function iframeSnippet(url: string, title: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="${FALLBACK_FRAME_HEIGHT}" style="width: 100%; border: 0;" allow="clipboard-write; fullscreen" loading="lazy"></iframe>`;
}
