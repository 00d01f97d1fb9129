import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles } from '~/build/builtPages';
import { astroBuildOk, siteEnv } from './support/build';
import { buildFolder } from './support/builtPages';
import { projectRoot } from './support/sites';

// The same commit builds the same site: the global setup has built the root
// site once; this builds it again, with the same settings and a cache of its
// own (so nothing is carried over from the first build), into another folder
// and compares every file byte for byte (the pages, the service worker and its
// precache manifest, the header files, the search index, the link-preview
// pictures, and a sitemap or robots.txt if the site has them).

const AGAIN = 'dist-test/root-again';
const CACHE = 'dist-test/cache-again';
afterAll(() => {
  for (const folder of [AGAIN, CACHE]) rmSync(`${projectRoot}${folder}`, { recursive: true, force: true });
});

const filesOf = (folder: string) => builtFiles(folder);

describe('a reproducible build', () => {
  it('builds byte-identical files from the same commit', async () => {
    await astroBuildOk(projectRoot, { ...siteEnv('root'), SITE_OUT_DIR: AGAIN, SITE_CACHE_DIR: `${projectRoot}${CACHE}` });
    const first = buildFolder('root');
    const second = `${projectRoot}${AGAIN}`;
    const files = filesOf(first);
    expect(files).toEqual(filesOf(second));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'sw.js', '_headers', '_nginx-headers.conf']));
    const differing = files.filter((file) => !readFileSync(`${first}/${file}`).equals(readFileSync(`${second}/${file}`)));
    expect(differing).toEqual([]);
  }, 180_000);
});
