import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core (vitest's default leaves one idle: half the machine on a 2-core CI box;
    // 431 s → 291 s for the whole suite there, every test passing).
    maxWorkers: availableParallelism(),
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts', 'web/**/*.test.tsx'],
          exclude: ['test/browser/**', '**/node_modules/**'],
        },
      },
      {
        // One demo server and one Chromium for every browser test file of the run.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/support/global-setup.ts'],
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
