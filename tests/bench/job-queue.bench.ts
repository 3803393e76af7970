import { bench, describe } from "vitest";
import { z } from "zod";
import db from "../../app/db.server";
import { defineJob } from "../../app/jobs/job";
import { enqueue } from "../../app/jobs/queue.server";
import { JobWorker } from "../../app/jobs/worker.server";

// Enqueue + claim + run + complete a batch of 100 no-op jobs, against the baseline of
// inserting the same 100 rows with plain Prisma creates (what any durable queue must do).
const noop = defineJob({ kind: "bench.noop", payload: z.object({ n: z.number() }), run: async () => {} });
const worker = new JobWorker({ db, jobs: [noop], batchSize: 100, log: () => {} });
let round = 0;

describe("job queue, 100 jobs", () => {
  bench("baseline: 100 plain inserts", async () => {
    round += 1;
    for (let n = 0; n < 100; n++) {
      await db.job.create({
        data: { kind: "bench.noop", key: `plain-${round}-${n}`, payload: "{}", status: "succeeded" },
      });
    }
  });

  bench("enqueue 100, then the worker runs them all", async () => {
    round += 1;
    for (let n = 0; n < 100; n++)
      await enqueue(db, { kind: "bench.noop", key: `queued-${round}-${n}`, payload: { n } });
    while ((await worker.runOnce()) > 0);
  });
});
