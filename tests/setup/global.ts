import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

/**
 * Migrates one template database per run with the real migrations (`prisma migrate deploy`);
 * every test file then gets its own copy (tests/setup/database.ts). TEST_DATABASE_URL
 * picks PostgreSQL (`npm test` starts a throwaway cluster); otherwise SQLite files.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl?.startsWith("postgres")) {
    const template = `fieldtest_template_${process.pid}`;
    await withPg(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${template}`);
      await client.query(`CREATE DATABASE ${template}`);
    });
    const templateUrl = replaceDatabase(serverUrl, template);
    migrate(templateUrl);
    project.provide("database", { provider: "postgresql", serverUrl, template });
    return async () => {
      await withPg(serverUrl, async (client) => {
        const { rows } = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname LIKE 'fieldtest_test_%' OR datname = $1",
          [template],
        );
        for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      });
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "fieldtest-db-"));
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  project.provide("database", { provider: "sqlite", dir, template });
  return () => rmSync(dir, { recursive: true, force: true });
}

function migrate(url: string) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export function replaceDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function withPg<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    database:
      | { provider: "sqlite"; dir: string; template: string }
      | { provider: "postgresql"; serverUrl: string; template: string };
  }
}
