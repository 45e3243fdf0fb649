import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The build test runs one real `astro build`; give it room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
