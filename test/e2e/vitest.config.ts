import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (the build machines have 2 cores), generous timeouts
// because a cold Chromium plus an extension build can take several seconds on a loaded machine.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60000,
    hookTimeout: 120000,
    // A failed browser test is a real failure or a real bug; retrying would hide flakiness, not fix it.
    retry: 0,
  },
});
