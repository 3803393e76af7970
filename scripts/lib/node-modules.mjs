// `npm test` and `npm run demo` on a fresh clone: install exactly the locked dependencies
// first, and make sure the native SQLite driver really loads.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";

export function ensureNodeModules() {
  const marker = "node_modules/.package-lock.json";
  const stale = !existsSync(marker) || statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs;
  if (stale) {
    console.log("Installing dependencies (npm ci)…");
    execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  }
  try {
    const require = createRequire(import.meta.url);
    const Database = require("better-sqlite3");
    new Database(":memory:").close();
  } catch {
    // The prebuilt binary comes from GitHub, which may be unreachable: build it here.
    console.log("Building better-sqlite3 from source…");
    execFileSync("npm", ["rebuild", "better-sqlite3"], { stdio: "inherit" });
  }
}
