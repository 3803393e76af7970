import { config } from "../config.server";
import db from "../db.server";
import { jobDefinitions } from "./registry.server";
import { JobWorker } from "./worker.server";

declare global {
  var fieldtestJobWorker: JobWorker | undefined;
}

/**
 * The job worker that runs inside the app server (JOB_WORKER=on, the default). One per
 * process, kept on globalThis so that Vite's module reloads in development do not start
 * a second. `npm run worker` runs the same worker alone.
 */
export function ensureJobWorker(): JobWorker | undefined {
  const env = config();
  if (env.JOB_WORKER === "off") return undefined;
  if (!globalThis.fieldtestJobWorker) {
    globalThis.fieldtestJobWorker = new JobWorker({
      db,
      jobs: jobDefinitions,
      pollIntervalMs: env.JOB_POLL_INTERVAL_MS,
    });
    globalThis.fieldtestJobWorker.start();
  }
  return globalThis.fieldtestJobWorker;
}

/** Graceful shutdown: the job in hand finishes, no new job starts. */
export async function stopJobWorker() {
  const worker = globalThis.fieldtestJobWorker;
  globalThis.fieldtestJobWorker = undefined;
  await worker?.stop();
}
