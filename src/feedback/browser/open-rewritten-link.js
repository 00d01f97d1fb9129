(() => {
  const path = location.pathname, at = path.search(/%23/i);
  if (at >= 0) location.replace(path.slice(0, at) + location.search + '#' + path.slice(at + 3));
})();
