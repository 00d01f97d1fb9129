// On the not-found page only (inline, allowed by its hash; see src/security/inlineScripts.ts).
// A learner's return link whose "#" a mail gateway rewrote as "%23" (Microsoft
// Safe Links does) asks the host for a path it does not have:
// "/feedback/%23f1-...". This puts the "#" back, so the mentor's page opens with
// the answers in its fragment. Any other address stays on the not-found page.
(() => {
  const path = location.pathname;
  const at = path.search(/%23/i);
  if (at !== -1) location.replace(path.slice(0, at) + location.search + '#' + path.slice(at + 3));
})();
