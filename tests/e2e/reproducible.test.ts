import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { siteEnv } from './support/globalSetup';
import { buildFolder } from './support/builtPages';
import { projectRoot } from './support/sites';

// The same commit builds the same site: the global setup has built the root
// site once; this builds it again, with the same settings, into another folder
// and compares every file byte for byte (the pages, the service worker and its
// precache manifest, the header files, the search index, and a sitemap or
// robots.txt if the site has them). Images are left out: link-preview PNGs
// are compared by their own tests, if any.

const AGAIN = 'dist-test/root-again';
afterAll(() => rmSync(`${projectRoot}${AGAIN}`, { recursive: true, force: true }));

const filesOf = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(png|jpe?g|webp|gif)$/i.test(entry.name))
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(folder.length + 1))
    .sort();

describe('a reproducible build', () => {
  it('builds byte-identical files from the same commit', () => {
    const build = spawnSync('astro', ['build'], { cwd: projectRoot, env: { ...siteEnv('root'), SITE_OUT_DIR: AGAIN }, encoding: 'utf8' });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const first = buildFolder('root');
    const second = `${projectRoot}${AGAIN}`;
    const files = filesOf(first);
    expect(files).toEqual(filesOf(second));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'sw.js', '_headers', '_nginx-headers.conf']));
    const differing = files.filter((file) => !readFileSync(`${first}/${file}`).equals(readFileSync(`${second}/${file}`)));
    expect(differing).toEqual([]);
  }, 180_000);
});
