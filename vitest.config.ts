import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WXT's plugin gives tests the extension's aliases (@/, #i18n) and a fake `browser`.
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'components/**/*.test.ts', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts'],
    // Browser (end-to-end) tests run under their own config: test/e2e.
    exclude: ['node_modules/**', '.output/**', 'test/e2e/**'],
    testTimeout: 20000,
  },
});
