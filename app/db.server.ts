import { createRequire } from "node:module";
import { PrismaClient, type Prisma } from "@prisma/client";
import { databaseFromUrl } from "../prisma/database";

export type Db = PrismaClient;
/** A Prisma client or an interactive transaction on it. */
export type DbOrTx = Prisma.TransactionClient;

const require = createRequire(import.meta.url);

/**
 * A Prisma client for the database DATABASE_URL names. Both providers' clients are
 * generated from the same schema (scripts/prisma-generate.mjs); the PostgreSQL one lives
 * beside @prisma/client and has the same model types.
 */
export function createDb(url = process.env.DATABASE_URL): Db {
  const database = databaseFromUrl(url);
  const adapter = database.createAdapter();
  if (database.provider === "postgresql") {
    const { PrismaClient: PostgresClient } = require(".prisma/client-postgresql") as {
      PrismaClient: typeof PrismaClient;
    };
    return new PostgresClient({ adapter });
  }
  return new PrismaClient({ adapter });
}

export function providerOf(db: Db): "sqlite" | "postgresql" {
  return (db as unknown as { _activeProvider: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

declare global {
  var prismaGlobal: Db | undefined;
}

// One client per process; in development Vite reloads modules, so keep it on globalThis.
const db: Db = globalThis.prismaGlobal ?? createDb();
if (process.env.NODE_ENV !== "production") globalThis.prismaGlobal = db;

export default db;
