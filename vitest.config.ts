import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

// TEST_DATABASE_URL=postgresql://… (npm test's second pass) runs the database-backed tests
// against PostgreSQL, plus those only PostgreSQL can run (several workers on one queue).
const onPostgres = process.env.TEST_DATABASE_URL?.startsWith("postgres") ?? false;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "app",
          include: onPostgres
            ? ["tests/{jobs,webhooks,privacy,admin,http,postgres,email,preorders,pixel}/**/*.test.ts"]
            : ["tests/**/*.test.ts"],
          exclude: ["tests/bench/**", "tests/extension/**", ...(onPostgres ? [] : ["tests/postgres/**"])],
          environment: "node",
          globalSetup: ["tests/setup/global.ts"],
          setupFiles: ["tests/setup/env.ts", "tests/setup/database.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The research extension: WXT's plugin gives tests its fake browser (storage,
        // messaging) and the extension's aliases and auto-imports.
        plugins: onPostgres ? [] : [WxtVitest({ root: "extension" })],
        test: {
          name: "extension",
          include: onPostgres ? [] : ["tests/extension/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
    ],
  },
});
