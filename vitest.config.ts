import { defineConfig } from 'vitest/config';

// Three suites, selected by scripts/test.mjs:
//   unit   — pure code and services on real SQLite files in temp folders (tests/unit, tests/integration),
//            and the crash test (tests/reliability)
//   e2e    — the built app in browser mode, driven in Debian's Chromium by playwright-core (tests/e2e)
//   corpus — real patents and PDFs from ../shared/data (tests/corpus), run whenever that folder exists
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
