// Unit and integration tests: everything but the end-to-end suite, which Playwright runs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/scenarios/**/*.test.ts',
      // Component tests (React in happy-dom, each file says so), against a real host behind the contract.
      'test/component/**/*.test.tsx',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
