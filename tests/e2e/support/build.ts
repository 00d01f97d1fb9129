import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, SITES, type SiteName } from './sites';

// Every `astro build` the end-to-end tests run: the two test sites (the global
// setup), a second build of the root site (reproducible.test.ts), and builds of
// a copy of the project with one change (content-errors.test.ts: a mistake an
// author could make; offline.test.ts: a new deployment).
//
// Builds run as child processes and do not block the test worker, so a file
// may run several at once. Each build gets a cache folder of its own
// (SITE_CACHE_DIR, read by astro.config.mjs): a copy shares the project's
// node_modules, and two builds must not write Astro's content store at once.

export interface BuildResult {
  /** The exit code of `astro build`: 0 when it succeeded. */
  status: number | null;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
}

/**
 * The environment for building a test site, or a copy of the project as if it
 * were that site. Inside a test file, Vitest has put its own import.meta.env
 * values (DEV, PROD, MODE...) into process.env; a build must not inherit them.
 */
export function siteEnv(name: SiteName): NodeJS.ProcessEnv {
  const site = SITES[name];
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
    SITE_INSTITUTION: site.institution && `${projectRoot}${site.institution}`,
  };
}

/** Runs `astro build` in `root` with `env`; resolves when it exits, whatever its status. */
export function astroBuild(root: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(`${projectRoot}node_modules/.bin/astro`, ['build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Like astroBuild, but fails (with the build's output) unless the build succeeds. */
export async function astroBuildOk(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { status, output } = await astroBuild(root, env);
  if (status !== 0) throw new Error(`astro build in ${root} failed (${status}):\n${output}`);
}

/** What a build of the project needs; node_modules is linked, not copied. */
const PROJECT_ENTRIES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface ProjectCopy {
  /** The copy's folder. */
  root: string;
  /** Changes one file of the copy (a path inside the project); fails if the change changes nothing. */
  edit: (file: string, change: (text: string) => string) => void;
  /** Builds the copy as the given test site would be built, into the copy's own dist/. */
  build: (site?: SiteName) => Promise<BuildResult>;
  /** The copy's built site (after build). */
  dist: string;
  /** Deletes the copy. */
  remove: () => void;
}

/** A copy of the project in a temporary folder, to change and build without touching the project. */
export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'mentoring-build-'));
  for (const entry of PROJECT_ENTRIES) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    dist: join(root, 'dist'),
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The change to ${file} changed nothing: has the file been reworded?`);
      writeFileSync(path, after);
    },
    build: (site = 'root') => astroBuild(root, { ...siteEnv(site), SITE_OUT_DIR: 'dist', SITE_CACHE_DIR: join(root, '.astro-cache') }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
