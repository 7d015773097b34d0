import os from 'node:os'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Resolves @payload-config and @/… from tsconfig.json (Vite 8).
    tsconfigPaths: true,
    // One graphql, as in Node and in Next.js (which keeps it external): Vite would give the
    // app's own files the ESM build ("module") while Payload and graphql-http load the CommonJS
    // one, and their `instanceof GraphQLError` checks would not know the app's errors.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine, which
    // left a core idle while a file waited for its database or a child process. Two at least:
    // the integration suites took 432 s instead of 663 (SQLite) and 497 s instead of 753
    // (PostgreSQL) on 2 cores. Each file has its own database and data folder.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          environment: 'node',
          // Every file boots its own Payload on its own database, copied from a template built
          // once per run (test/int/global-setup.ts): the schema pushed, or the demo seeded.
          globalSetup: ['test/int/global-setup.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // One built app and one browser are shared: run the files one after another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
