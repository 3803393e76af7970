import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { replaceDatabase, withPg } from "./global";

// Each test file gets a fresh copy of the migrated template, so files run in parallel
// without seeing each other's rows. Runs before the test file imports app code.
const database = inject("database");
const name = `fieldtest_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
if (database.provider === "postgresql") {
  await withPg(database.serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${database.template}`));
  process.env.DATABASE_URL = replaceDatabase(database.serverUrl, name);
} else {
  const file = path.join(database.dir, `${name}.db`);
  copyFileSync(database.template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
