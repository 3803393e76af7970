// `npm test`: everything, on a fresh clone. Installs what it needs, then lint, type-check,
// build, every test on SQLite (browser tests included), and the database and queue tests
// again on a throwaway PostgreSQL cluster.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureNodeModules } from "./lib/node-modules.mjs";
import { ensureSystemPackages } from "./lib/system-packages.mjs";

const started = Date.now();
const reports = mkdtempSync(path.join(tmpdir(), "fieldtest-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(name, fn) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  fn();
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    summary();
    console.error(`\n✘ ${[command, ...args].join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

function vitest(label, env = {}) {
  const report = path.join(reports, `${label}.json`);
  const result = spawnSync(
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    totals.failed += 1;
  }
  if (result.status !== 0) {
    summary();
    console.error(`\n✘ vitest (${label}) failed`);
    process.exit(result.status ?? 1);
  }
}

function summary() {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nFieldtest tests finished in ${minutes} min`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

step("dependencies", () => {
  ensureNodeModules();
  ensureSystemPackages();
});
step("prisma schemas in sync", () => run("node", ["scripts/prisma-schemas.mjs", "--check"]));
step("lint", () => run("npx", ["eslint", "."]));
step("format", () => run("npx", ["prettier", "--check", "."]));
step("type-check", () => {
  run("npx", ["tsc", "--noEmit"]);
  run("npx", ["tsc", "--noEmit", "-p", "extension/tsconfig.json"]);
});
step("build", () => run("npx", ["remix", "vite:build", "--logLevel", "warn"]));
step("build the research extension (Chrome MV3 and Firefox)", () => run("npm", ["run", "--silent", "extension:build"]));
step("tests on SQLite", () => vitest("sqlite"));

const { startThrowawayPostgres } = await import("./lib/postgres.mjs");
const postgres = await startThrowawayPostgres();
try {
  step(`tests on PostgreSQL (${postgres.url})`, () => vitest("postgresql", { TEST_DATABASE_URL: postgres.url }));
} finally {
  postgres.stop();
}

summary();
