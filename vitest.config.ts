import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/build/**', 'test/browser/**'] } },
      {
        // Build tests share one real `astro build` made by the global setup.
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/build/global-setup.ts'],
          hookTimeout: 180_000,
          testTimeout: 30_000,
        },
      },
      {
        // Browser tests drive Debian's Chromium against two real builds (at the root and under a
        // base path) served on 127.0.0.1 by the global setup; they fail early when Chromium is missing.
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
