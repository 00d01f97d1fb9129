import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes a built site with Pagefind and writes the index and Pagefind's
 * browser scripts to <site>/pagefind/. Pagefind reads only the elements marked
 * data-pagefind-body (the main content of guide pages; the 404 and search pages
 * have none, so they are left out) and skips anything inside data-pagefind-ignore.
 */
export async function writeSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // page_count counts the HTML files read, including those without data-pagefind-body.
    logger.info(`Search index written to ${written.outputPath} (${added.page_count} HTML files read).`);
  } finally {
    // Pagefind runs as a separate process; stop it so the build can exit.
    await pagefind.close();
  }
}
