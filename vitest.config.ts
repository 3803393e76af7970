import { defineConfig } from "vitest/config";

// TEST_DATABASE_URL=postgresql://… (npm test's second pass) runs the database-backed tests
// against PostgreSQL, plus those only PostgreSQL can run (several workers on one queue).
const onPostgres = process.env.TEST_DATABASE_URL?.startsWith("postgres") ?? false;

export default defineConfig({
  test: {
    include: onPostgres ? ["tests/{jobs,webhooks,privacy,admin,http,postgres}/**/*.test.ts"] : ["tests/**/*.test.ts"],
    exclude: ["tests/bench/**", "node_modules/**", ...(onPostgres ? [] : ["tests/postgres/**"])],
    environment: "node",
    globalSetup: ["tests/setup/global.ts"],
    setupFiles: ["tests/setup/env.ts", "tests/setup/database.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
