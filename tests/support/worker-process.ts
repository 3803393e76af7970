// A job worker in its own process, as `npm run worker` runs one, with a test job that
// appends "<key> <workerId>" to RUN_LOG after JOB_MS milliseconds. Tests kill and restart it.
import { appendFileSync } from "node:fs";
import { z } from "zod";
import { createDb } from "../../app/db.server";
import { defineJob } from "../../app/jobs/job";
import { JobWorker } from "../../app/jobs/worker.server";

const db = createDb(process.env.DATABASE_URL);
const recordRun = defineJob({
  kind: "test.run-log",
  payload: z.object({}),
  async run(_payload, { job }) {
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.JOB_MS ?? 20)));
    appendFileSync(process.env.RUN_LOG!, `${job.key} ${worker.workerId}\n`);
  },
});

const worker = new JobWorker({
  db,
  jobs: [recordRun],
  batchSize: Number(process.env.BATCH_SIZE ?? 5),
  leaseMs: Number(process.env.LEASE_MS ?? 1000),
  pollIntervalMs: 20,
  log: (m) => console.error(m),
});
worker.start();
process.on("SIGTERM", async () => {
  await worker.stop();
  await db.$disconnect();
  process.exit(0);
});
console.log("ready");
