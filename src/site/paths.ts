/** Joins the site's base path and a path inside the site: ('/mentoring/', 'model/') -> '/mentoring/model/'. */
export function withBase(base: string, path = ''): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}

/** withBase for the base this site was built with. */
export function sitePath(path = ''): string {
  return withBase(import.meta.env.BASE_URL, path);
}
