import { defineConfig } from "prisma/config";
import { databaseFromUrl } from "./prisma/database.js";

// Prisma 6.19 in its Rust-free mode: the schema engine runs as Wasm and the database is
// reached through a driver adapter, so nothing is downloaded. DATABASE_URL picks the
// provider: a file: URL (default) is SQLite, a postgresql:// URL is PostgreSQL.
const database = databaseFromUrl(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: database.schemaPath,
  migrations: { path: database.migrationsPath },
  async adapter() {
    return database.createAdapter();
  },
});
