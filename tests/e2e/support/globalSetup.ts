import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { projectRoot, SITES, siteUrl, type SiteName } from './sites';

// Builds the site twice (at the root and under /mentoring/) and serves each
// with `astro preview`, as a host would serve dist/. Runs once per e2e run.
// --ignore-lock: Astro allows one tracked preview server per project (and
// moves it to the background when it detects an agent); the tests need two in
// the foreground that they own and stop.

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/** The environment a test site is built with (also used to rebuild it: reproducible.test.ts). */
export function siteEnv(name: SiteName): NodeJS.ProcessEnv {
  const site = SITES[name];
  // Inside a test file, Vitest has put its own import.meta.env values (DEV,
  // PROD, MODE...) into process.env; a build must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL'].includes(key) && !key.startsWith('VITEST')),
  );
  return {
    ...inherited,
    // Vitest sets NODE_ENV=test, under which Vite builds development flavours
    // of the browser code; test the production build that ships.
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_BASE: site.base,
    SITE_URL: site.siteUrl,
    SITE_OUT_DIR: site.outDir,
  };
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited early (${server.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at ${url}`);
}

export default async function setup() {
  rmSync(`${projectRoot}dist-test`, { recursive: true, force: true });
  const servers: ChildProcess[] = [];
  for (const name of Object.keys(SITES) as SiteName[]) {
    await run('astro', ['build'], siteEnv(name));
    const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(SITES[name].port)], {
      cwd: projectRoot,
      env: siteEnv(name),
      stdio: 'ignore',
    });
    servers.push(server);
    await waitForServer(siteUrl(name), server);
  }
  return () => {
    for (const server of servers) server.kill();
  };
}
