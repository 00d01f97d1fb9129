import { useEffect, useState } from 'preact/hooks';

/**
 * The origin to put in front of shared links: SITE_URL's when the site was
 * built with one; otherwise, once running in the browser, the address the page
 * was opened at (the server render has none, and shows paths from the root).
 */
export function useSiteOrigin(configured: string | undefined): string | undefined {
  const [origin, setOrigin] = useState(configured);
  useEffect(() => {
    if (!configured) setOrigin(window.location.origin);
  }, [configured]);
  return origin;
}
