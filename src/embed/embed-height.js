// An embed page in a frame tells the page that frames it how tall it is, so a
// course page sizes the frame to fit, in the two ways learning-management
// systems listen (see docs/adopting.md):
// - Canvas: {subject: 'lti.frameResize', height}, which Canvas itself handles
//   for any frame on its pages, with no script on the course page;
// - H5P's resizer (h5p-resizer.js on the host page): "hello" first; then, as
//   the height changes, "prepareResize", answered by "resizePrepared", then
//   "resize". Its "resize" from the host asks for the height again.
// Only a height leaves the page, so any parent may read it. It is sent only
// when it has changed by more than a few pixels (no flicker or loop), never as
// 0 (a frame in a hidden tab lays out to nothing; the observer fires again when
// the tab shows), and measured from the content, never from the viewport (no
// vh), so a taller frame does not report itself back. Outside a frame, or
// without ResizeObserver, it does nothing: the frame keeps its own height.
(() => {
  const content = document.querySelector('[data-embed-frame]');
  if (window.parent === window || !content || !('ResizeObserver' in window)) return;
  const SMALLEST_CHANGE = 4;
  let sent = 0;
  let h5p = false;
  const height = () => Math.ceil(content.getBoundingClientRect().height + content.offsetTop);
  const post = (message) => window.parent.postMessage(message, '*');
  const report = (always) => {
    const now = height();
    if (now === 0 || (!always && Math.abs(now - sent) <= SMALLEST_CHANGE)) return;
    sent = now;
    post({ subject: 'lti.frameResize', height: now });
    if (h5p) post({ context: 'h5p', action: 'prepareResize', scrollHeight: now, clientHeight: window.innerHeight });
  };
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data || data.context !== 'h5p') return;
    if (data.action === 'hello') {
      h5p = true;
      report(true);
    } else if (data.action === 'resizePrepared') {
      post({ context: 'h5p', action: 'resize', scrollHeight: sent });
    } else if (data.action === 'resize') {
      report(true);
    }
  });
  post({ context: 'h5p', action: 'hello' });
  new ResizeObserver(() => report(false)).observe(content);
})();
