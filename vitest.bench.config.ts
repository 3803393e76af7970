import { defineConfig } from "vitest/config";

// `npm run bench`: benchmarks under tests/bench/, each against a baseline measured in the
// same run (these machines are noisy; compare ratios, not absolute numbers). Same database
// setup as the tests; no test files.
export default defineConfig({
  test: {
    include: [],
    environment: "node",
    globalSetup: ["tests/setup/global.ts"],
    setupFiles: ["tests/setup/env.ts", "tests/setup/database.ts"],
    pool: "forks",
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
});
