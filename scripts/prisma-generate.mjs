// Generates the Prisma client for both providers (SQLite into @prisma/client, PostgreSQL
// into node_modules/.prisma/client-postgresql), so one install serves either database.
import { execFileSync } from "node:child_process";

const prisma = ["node_modules/prisma/build/index.js", "generate", "--no-hints"];
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  execFileSync(process.execPath, [...prisma, "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("prisma: generated clients for sqlite and postgresql");
