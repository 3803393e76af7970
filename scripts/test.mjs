// `npm test`: everything, on a fresh clone. Installs what it needs, then lint, type-check,
// build, every test on SQLite (browser tests included), and the database and queue tests
// again on a throwaway PostgreSQL cluster.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
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

async function asyncStep(name, fn) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  await fn();
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

function fail(message) {
  summary();
  console.error(`\n✘ ${message}`);
  process.exit(1);
}

// Shopify's Liquid linter over every theme app extension in storefront/ (a folder whose
// shopify.extension.toml says type = "theme"), in its app-extension mode (it picks that mode
// itself from the shopify.extension.toml). Offline: theme check would fetch the latest Liquid
// docs from GitHub; pointed at an empty SHOPIFY_TLD_ROOT and cache it uses the docs bundled
// with the pinned @shopify/theme-check-node instead. Errors fail the run; warnings only print.
async function themeCheck() {
  const extensions = readdirSync("storefront", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.resolve("storefront", entry.name))
    .filter((dir) => {
      const toml = path.join(dir, "shopify.extension.toml");
      return existsSync(toml) && /^\s*type\s*=\s*"theme"\s*$/m.test(readFileSync(toml, "utf8"));
    });
  const cache = mkdtempSync(path.join(tmpdir(), "fieldtest-theme-check-"));
  const saved = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, SHOPIFY_TLD_ROOT: process.env.SHOPIFY_TLD_ROOT };
  Object.assign(process.env, { XDG_CACHE_HOME: cache, SHOPIFY_TLD_ROOT: cache });
  let errors = 0;
  try {
    const { themeCheckRun } = await import("@shopify/theme-check-node");
    for (const dir of extensions) {
      const { config, theme, offenses } = await themeCheckRun(dir);
      if (config.context !== "app") fail(`theme check did not take ${dir} for a theme app extension`);
      for (const offense of offenses) {
        const file = path.relative(process.cwd(), fileURLToPath(offense.uri));
        const where = `${file}:${offense.start.line + 1}:${offense.start.character + 1}`;
        const severity = ["error", "warning", "info"][offense.severity];
        console.log(`  ${severity} ${where} ${offense.check}: ${offense.message}`);
        if (offense.severity === 0) errors += 1;
      }
      console.log(`  ${path.relative(process.cwd(), dir)}: ${theme.length} files, ${offenses.length} offenses`);
    }
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(cache, { recursive: true, force: true });
  }
  if (errors > 0) fail(`theme check: ${errors} error${errors === 1 ? "" : "s"}`);
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
await asyncStep("theme check (storefront/* theme app extensions)", themeCheck);
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
