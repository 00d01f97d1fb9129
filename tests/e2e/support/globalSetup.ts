import { rmSync } from 'node:fs';
import { serveStatic, type StaticHost } from '../../../scripts/static-host.mjs';
import { astroBuildOk, siteEnv } from './build';
import { buildFolder } from './builtPages';
import { projectRoot, SITES, type SiteName } from './sites';
import { writeExampleInstitution } from './institution';

// Builds the site twice (the generic guide at the root, and an example
// institution's under /mentoring/: support/institution.ts) and serves each
// build as a static host would: scripts/static-host.mjs, the host the benchmark
// uses, with the headers of the build's generated `_headers` file, 404.html
// for an unknown address and a redirect from a folder's address without its
// slash. Runs once per e2e run, in Vitest's main process; the test files share
// both builds and both hosts (SITES in sites.ts gives their ports, E2E_PORT
// and the next port). The two builds run one after the other: two builds in
// one project folder at once would write the same files under .astro/.

export default async function setup() {
  const names = Object.keys(SITES) as SiteName[];
  // The hosts first: if another run holds the ports, stop before touching its dist-test/.
  // (The host reads each file when asked for it, so it can start before the build.)
  const hosts: StaticHost[] = [];
  const closeAll = async () => {
    for (const host of hosts) await host.close();
  };
  try {
    for (const name of names) hosts.push(await serveStatic(buildFolder(name), SITES[name].base, { port: SITES[name].port }));
  } catch (error) {
    await closeAll();
    throw new Error(`The e2e hosts need ports ${names.map((name) => SITES[name].port).join(' and ')} (E2E_PORT and the next), but one is taken: ${error}`);
  }
  try {
    rmSync(`${projectRoot}dist-test`, { recursive: true, force: true });
    writeExampleInstitution();
    for (const name of names) await astroBuildOk(projectRoot, siteEnv(name));
  } catch (error) {
    await closeAll();
    throw error;
  }
  return closeAll;
}
