(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const stored = localStorage.getItem('theme');
    if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  } catch {}
})();
