import { JobWorker } from "../../app/jobs/worker.server";
import { jobDefinitions } from "../../app/jobs/registry.server";
import db from "../../app/db.server";
import { ManualClock } from "../../app/jobs/clock";

/**
 * The app's real job worker on the test database, driven step by step. Its clock starts now:
 * routes enqueue jobs at the real time, and a clock behind it would find them not yet due.
 */
export function testWorker(clock = new ManualClock(new Date())) {
  const worker = new JobWorker({ db, jobs: jobDefinitions, clock, random: () => 0.5, log: () => {} });
  return { worker, clock, drain: () => drain(worker) };
}

export async function drain(worker: JobWorker) {
  let total = 0;
  for (let ran = await worker.runOnce(); ran > 0; ran = await worker.runOnce()) total += ran;
  return total;
}
