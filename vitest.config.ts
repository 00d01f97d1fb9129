import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two kinds of test, run one after the other by `npm test`:
//   unit: pure logic and schemas, fast, no browser.
//   component: the Preact islands rendered in jsdom, driven like a reader would.
//   e2e:  builds the site (at / and under a sub-path), serves both with
//         `astro preview` and drives real Chromium against them.
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
        // The self-assessment's build-time modules, made from the tests' own content.
        resolve: {
          alias: {
            'virtual:self-assessment/form-key': fileURLToPath(new URL('./tests/component/assessmentFormKey.ts', import.meta.url)),
            'virtual:self-assessment/result-words': fileURLToPath(new URL('./tests/component/assessmentResultWords.ts', import.meta.url)),
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
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
