// The site's inline scripts, each in its own file so that the page and the
// Content-Security-Policy use the very same text: the components render these
// strings, and astro.config.mjs allows them by their hashes
// (src/security/build/csp.ts). Inline rather than Astro <script> files because
// they must run before anything else loads (the theme) or must not cost a
// request on every page (the search loader): see docs/architecture.md.
import theme from '~/site/theme/theme.js?raw';
import themeToggle from '~/site/theme/theme-toggle.js?raw';
import searchLoader from '~/search/browser/search-loader.js?raw';
import serviceWorker from '~/offline/service-worker.js?raw';
import openRewrittenLink from '~/feedback/browser/open-rewritten-link.js?raw';
import embedHeight from '~/embed/embed-height.js?raw';

export const INLINE_SCRIPTS = { theme, themeToggle, searchLoader, serviceWorker, openRewrittenLink, embedHeight } as const;
