// Applies a stylesheet file to the page and says when it has loaded, so a view
// that needs it is not shown unstyled. A <link> to the site's own file is
// what the Content-Security-Policy allows (style-src 'self').

/** Resolves once the stylesheet has loaded, or failed to (the view then shows with the page's own styles). */
export function applyStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  if (!existing) document.head.append(link);
  return loaded;
}
