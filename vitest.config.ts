import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// A test run starts many Node processes that load the same modules: test workers, the builds, the
// CLIs the end-to-end tests run. Node's compile cache keeps their compiled code between processes
// and between runs (keyed by each file's content), which saves about a fifth of the unit tests' CPU.
process.env.NODE_COMPILE_CACHE ??= resolve(import.meta.dirname, 'node_modules/.cache/node-compile-cache');

/** Test files that run real builds of the project: they need the build project's shared build. */
const BUILDING = ['test/build/**/*.test.ts', 'test/hardening/build.test.ts'];

export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine.
    // The build and browser tests spend much of their time waiting for the builds, CLIs and browser
    // they start, so a worker per core keeps both cores busy. One more made the browser tests'
    // timing flaky on 2 cores (pages scrolled late, favicon fetches were cut off) for no time saved.
    maxWorkers: availableParallelism(),
    projects: [
      {
        // The fast part, `npm run test:unit`: nothing here runs `astro build`. Like every project here,
        // its files keep no state between them in modules, so they share one module graph per worker
        // (isolate: false) instead of loading the pipeline's dependencies (remark, MDX, chrono) again
        // for each file: half the unit tests' CPU.
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...BUILDING, 'test/browser/**', 'test/typecheck/**'],
          isolate: false,
        },
      },
      {
        // Build tests read builds shared with the browser tests (test/helpers/shared-builds.ts),
        // made by the global setup; a few build a changed copy of the project themselves.
        test: {
          name: 'build',
          include: BUILDING,
          isolate: false,
          globalSetup: ['test/build/global-setup.ts'],
          hookTimeout: 180_000,
          testTimeout: 30_000,
        },
      },
      {
        // `astro check`, run by `npm test` beside the other tests rather than before them: the first
        // global setup starts it, so it runs while the shared builds are made, outside the workers
        // (test/typecheck/background-check.ts). Its test only reads the outcome, so it goes last
        // (a later group), where the check has long ended, rather than holding a worker meanwhile.
        test: {
          name: 'astro-check',
          include: ['test/typecheck/**/*.test.ts'],
          globalSetup: ['test/typecheck/global-setup.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 300_000,
        },
      },
      {
        // Browser tests drive Chrome or Chromium (test/helpers/browser/find-browser.ts) against two
        // real builds (at the root and under a base path) served on 127.0.0.1 by the global setup,
        // which stops first, saying what to do, when no browser can be found.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          isolate: false,
          globalSetup: ['test/browser/global-setup.ts'],
          hookTimeout: 240_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
