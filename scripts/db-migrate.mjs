// Applies the committed migrations to the database DATABASE_URL names (SQLite by default).
import { execFileSync } from "node:child_process";

export function migrate(env = process.env) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate();
  console.log("database migrated");
}
