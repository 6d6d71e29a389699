import { defineConfig } from 'vitest/config';

// Three projects: the pure domain in node; components in a DOM (happy-dom), driven like a user
// with Testing Library (`*.test.tsx`); and end-to-end tests that drive a real Chromium against
// the built app (tests/e2e). `npm test` runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          // Property tests run thousands of cases; on a loaded 2-core machine 5 s is too tight.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/support/dom.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Software WebGL on a shared two-core CI machine: a frame can take seconds and a test
          // can miss its time once. A real defect fails the second run too; CI reports retries.
          retry: 1,
        },
      },
    ],
  },
});
