((script) => {
  if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register(script.dataset.worker).catch(() => {}));
})(document.currentScript);
