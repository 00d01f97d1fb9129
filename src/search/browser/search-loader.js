(() => {
  const button = document.querySelector('[data-search-open]');
  const panel = document.querySelector('[data-search-panel]');
  const dialog = panel.closest('dialog');
  const field = panel.querySelector('input');
  let started;
  const start = () => (started ??= import(button.dataset.module).then((search) => search.start(panel), () => {
    started = undefined;
    panel.querySelector('[data-search-status]').textContent = panel.dataset.unavailable;
  }));
  const open = (event) => {
    event.preventDefault();
    if (dialog && !dialog.open) dialog.showModal();
    field.select();
    start();
  };
  button.onclick = open;
  addEventListener('keydown', (event) => (event.ctrlKey || event.metaKey) && (event.key == 'k' || event.code == 'KeyK') && open(event));
  field.onfocus = start;
  const params = new URLSearchParams(location.search);
  if (!dialog && params.has('q')) start();
  if (params.has('highlight')) import(button.dataset.highlight).then((m) => new m.default({ highlightParam: 'highlight', addStyles: false }), () => {});
})();
