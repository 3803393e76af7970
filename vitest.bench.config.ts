import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// `npm run bench`: benchmarks under tests/bench/, each against a baseline measured in the
// same run (these machines are noisy; compare ratios, not absolute numbers).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [],
      benchmark: { include: ["tests/bench/**/*.bench.ts"] },
    },
  }),
);
