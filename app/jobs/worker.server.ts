import { randomUUID } from "node:crypto";
import type { Job } from "@prisma/client";
import type { Db } from "../db.server";
import { retryDelayMs, defaultBackoff, type BackoffPolicy } from "./backoff";
import { systemClock, type Clock } from "./clock";
import { PermanentJobError, type JobDefinition } from "./job";
import { claimDueJobs, completeJob, onJobEnqueued, recordFailure } from "./queue.server";

export interface WorkerOptions {
  db: Db;
  jobs: readonly JobDefinition[];
  clock?: Clock;
  workerId?: string;
  batchSize?: number;
  /** How long a claimed job stays this worker's before another may take it over. */
  leaseMs?: number;
  pollIntervalMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  log?: (message: string) => void;
}

/**
 * Runs due jobs: claims a batch, runs each job's handler, records success, retry with
 * exponential backoff, or final failure. `start()` loops until `stop()`, which lets the
 * job in hand finish (graceful shutdown); `runOnce()` is one pass, for tests and scripts.
 */
export class JobWorker {
  readonly workerId: string;
  private readonly definitions: Map<string, JobDefinition>;
  private readonly clock: Clock;
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: WorkerOptions) {
    this.workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.definitions = new Map(options.jobs.map((job) => [job.kind, job]));
    this.clock = options.clock ?? systemClock;
  }

  async runOnce(): Promise<number> {
    const jobs = await claimDueJobs(this.options.db, {
      workerId: this.workerId,
      batchSize: this.options.batchSize ?? 10,
      leaseMs: this.options.leaseMs ?? 5 * 60_000,
      clock: this.clock,
    });
    for (const job of jobs) {
      await this.run(job);
    }
    return jobs.length;
  }

  start() {
    if (this.loop) return;
    this.stopping = false;
    this.unsubscribe = onJobEnqueued(() => this.wake?.());
    this.loop = this.poll();
  }

  async stop() {
    this.stopping = true;
    this.wake?.();
    this.unsubscribe?.();
    await this.loop;
    this.loop = null;
  }

  private async poll() {
    while (!this.stopping) {
      let ran = 0;
      try {
        ran = await this.runOnce();
      } catch (error) {
        this.log(`poll failed: ${describe(error)}`);
      }
      if (ran === 0 && !this.stopping) await this.sleep(this.options.pollIntervalMs ?? 1000);
    }
  }

  private sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref?.();
      this.wake = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    }).finally(() => {
      this.wake = null;
    });
  }

  private async run(job: Job) {
    const { db } = this.options;
    const definition = this.definitions.get(job.kind);
    try {
      if (!definition) throw new PermanentJobError(`No handler is registered for jobs of kind "${job.kind}".`);
      const parsed = definition.payload.safeParse(parseJson(job.payload));
      if (!parsed.success) throw new PermanentJobError(`Invalid payload: ${parsed.error.message}`);
      await definition.run(parsed.data, {
        db,
        clock: this.clock,
        job: { id: job.id, key: job.key, kind: job.kind, shop: job.shop, attempts: job.attempts },
      });
      await completeJob(db, job, this.workerId, this.clock);
    } catch (error) {
      const permanent = error instanceof PermanentJobError;
      const retryAt =
        !permanent && job.attempts < job.maxAttempts
          ? new Date(
              this.clock.now().getTime() +
                retryDelayMs(job.attempts, this.options.backoff ?? defaultBackoff, this.options.random),
            )
          : null;
      this.log(
        `${job.kind} ${job.key} attempt ${job.attempts} failed${retryAt ? "" : " for good"}: ${describe(error)}`,
      );
      await recordFailure(db, job, this.workerId, describe(error), retryAt, this.clock);
    }
  }

  private log(message: string) {
    (this.options.log ?? ((m) => console.warn(`[jobs] ${m}`)))(message);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new PermanentJobError("The stored payload is not valid JSON.");
  }
}

function describe(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}
