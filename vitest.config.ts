import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three kinds of test (docs/testing.md); `npm test` runs unit and component
// together, then e2e:
//   unit:      pure logic, schemas and content checks, fast, no browser.
//   component: the Preact islands rendered in jsdom, driven like a reader would.
//   e2e:       the global setup builds the site (at / and under a sub-path) and
//              serves both builds with scripts/static-host.mjs; the test files
//              drive real Chromium against them, two files at a time.
export default defineConfig({
  // The same alias as tsconfig.json's paths: ~/ is src/.
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The islands' build-time modules, made from the tests' own content.
        resolve: {
          alias: {
            'virtual:self-assessment/form-key': fileURLToPath(new URL('./tests/component/assessmentFormKey.ts', import.meta.url)),
            'virtual:self-assessment/result-words': fileURLToPath(new URL('./tests/component/assessmentResultWords.ts', import.meta.url)),
            'virtual:plot/content': fileURLToPath(new URL('./tests/component/plotContentModule.ts', import.meta.url)),
          },
        },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          // Two files at a time, each with its own Chromium: the machines have
          // two cores. No file writes into the shared builds (dist-test/root,
          // dist-test/sub), so any two files can run side by side.
          // E2E_WORKERS=1 runs one file at a time.
          maxWorkers: Number(process.env.E2E_WORKERS) || 2,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // expect.poll waits for a state (a focus moved, a value copied); on a busy
          // machine that can take longer than Vitest's default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
