// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma (the one source).
// `--check` exits 1 when the committed PostgreSQL schema is out of date.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "prisma/schema.prisma");
const target = path.join(root, "prisma/postgresql/schema.prisma");

export function postgresSchemaFrom(sqliteSchema) {
  const header = "// GENERATED from prisma/schema.prisma by `npm run db:schemas` — edit that file instead.\n";
  const body = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")')
    .replace(
      /engineType\s*=\s*"client"/,
      'engineType = "client"\n  output     = "../../node_modules/.prisma/client-postgresql"',
    );
  if (body === sqliteSchema) throw new Error("prisma/schema.prisma has no sqlite datasource");
  return header + body;
}

const expected = postgresSchemaFrom(readFileSync(source, "utf8"));
if (process.argv.includes("--check")) {
  const actual = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (actual !== expected) {
    console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:schemas`");
    process.exit(1);
  }
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, expected);
  console.log("wrote prisma/postgresql/schema.prisma");
}
