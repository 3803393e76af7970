// `npm run worker`: the job worker on its own, for deployments that run web servers and
// workers as separate processes (several workers are safe on PostgreSQL).
import { config } from "../config.server";
import db from "../db.server";
import { jobDefinitions } from "./registry.server";
import { JobWorker } from "./worker.server";

const env = config();
const worker = new JobWorker({ db, jobs: jobDefinitions, pollIntervalMs: env.JOB_POLL_INTERVAL_MS });
worker.start();
console.log(`[jobs] worker ${worker.workerId} started`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[jobs] ${signal}: finishing the job in hand`);
  await worker.stop();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
