import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parse } from "pg-connection-string";

export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface Database {
  provider: DatabaseProvider;
  /** The schema Prisma's CLI reads for this provider. */
  schemaPath: string;
  migrationsPath: string;
  createAdapter(): SqliteAdapterFactory | PrismaPg;
}

type SqliteAdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect" | "connectToShadowDb">;

/**
 * Write-ahead logging lets readers work while a write commits, and synchronous=NORMAL
 * syncs at checkpoints instead of on every commit: safe against an app crash, and several
 * times faster for the one-row transactions webhooks and jobs make.
 */
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

function tunedSqlite(url: string): SqliteAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

/**
 * One schema source, two providers: a `file:` URL is SQLite (one shop, one machine), a
 * `postgresql://` URL is PostgreSQL (several app servers and workers).
 */
export function databaseFromUrl(url: string | undefined = DEFAULT_DATABASE_URL): Database {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    const absolute = file === ":memory:" ? file : path.resolve(file);
    return {
      provider: "sqlite",
      schemaPath: "prisma/schema.prisma",
      migrationsPath: "prisma/migrations",
      createAdapter: () => tunedSqlite(`file:${absolute}`),
    };
  }
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
    // Discrete fields rather than a connection string: Prisma's shadow database for
    // `migrate dev` overrides `database`, which a connection string would win over
    // (prisma/orm#27403).
    const c = parse(url);
    return {
      provider: "postgresql",
      schemaPath: "prisma/postgresql/schema.prisma",
      migrationsPath: "prisma/postgresql/migrations",
      createAdapter: () =>
        new PrismaPg({
          host: c.host ?? "localhost",
          port: Number(c.port ?? 5432),
          user: c.user,
          password: c.password,
          database: c.database ?? undefined,
          max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
        }),
    };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}
