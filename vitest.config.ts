import { defineConfig } from 'vitest/config';

/** Test files that run real builds of the project: they need the build project's shared build. */
const BUILDING = ['test/build/**/*.test.ts', 'test/hardening/build.test.ts'];

export default defineConfig({
  test: {
    projects: [
      // Nothing here runs `astro build`.
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...BUILDING, 'test/browser/**'] } },
      {
        // Build tests read builds shared with the browser tests (test/helpers/shared-builds.ts),
        // made by the global setup; a few build a changed copy of the project themselves.
        test: {
          name: 'build',
          include: BUILDING,
          globalSetup: ['test/build/global-setup.ts'],
          hookTimeout: 180_000,
          testTimeout: 30_000,
        },
      },
      {
        // Browser tests drive Chrome or Chromium (test/helpers/browser/find-browser.ts) against two
        // real builds (at the root and under a base path) served on 127.0.0.1 by the global setup,
        // which stops first, saying what to do, when no browser can be found.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          hookTimeout: 240_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
