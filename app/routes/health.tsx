import type { LoaderFunctionArgs } from "@remix-run/node";
import db, { providerOf } from "../db.server";

/** Liveness for load balancers and the demo: the database answers. No shop data. */
export const loader = async (_: LoaderFunctionArgs) => {
  const started = performance.now();
  await db.$queryRaw`SELECT 1`;
  return Response.json({
    ok: true,
    database: providerOf(db),
    databaseMs: Math.round(performance.now() - started),
  });
};
