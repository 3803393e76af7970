// The production server: Remix on Express, with the job worker that entry.server starts,
// and a graceful shutdown that stops taking requests, lets the job in hand finish and
// closes the database.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const build = await import("./build/server/index.js");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h" }));
app.all("*", createRequestHandler({ build }));

const server = app.listen(port, host, () => {
  console.log(`Fieldtest listening on http://${host}:${port}`);
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close();
  server.closeIdleConnections?.();
  await build.entry.module.stopJobWorker();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
