import type { Job } from "@prisma/client";
import type { Db, DbOrTx } from "../db.server";
import { providerOf } from "../db.server";
import type { Clock } from "./clock";
import { systemClock } from "./clock";
import type { JobStatus } from "./job";

export interface EnqueueInput {
  kind: string;
  /** Deterministic: the same work gets the same key, and a second enqueue is ignored. */
  key: string;
  payload: unknown;
  shop?: string | null;
  /** Set when the payload holds a customer's data, so that customers/redact finds it. */
  customerId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

const listeners = new Set<() => void>();
/** In-process wake-up: a worker in this process polls at once instead of waiting. */
export function onJobEnqueued(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wakes this process's worker; call it once the transaction that enqueued a job has committed. */
export function wakeWorkers() {
  listeners.forEach((listener) => listener());
}

/**
 * Adds a job unless one with the same key exists (then returns that one). Works inside a
 * transaction so that a job is enqueued together with the row that caused it; then the
 * caller wakes the worker after the commit (a worker woken earlier would not see the job).
 */
export async function enqueue(db: DbOrTx, input: EnqueueInput, clock: Clock = systemClock): Promise<Job> {
  const job = await db.job.upsert({
    where: { key: input.key },
    update: {},
    create: {
      kind: input.kind,
      key: input.key,
      payload: JSON.stringify(input.payload ?? null),
      shop: input.shop ?? null,
      customerId: input.customerId ?? null,
      runAt: input.runAt ?? clock.now(),
      maxAttempts: input.maxAttempts ?? 8,
    },
  });
  // A transaction client has no $transaction: its caller wakes the worker after the commit.
  if ("$transaction" in db) wakeWorkers();
  return job;
}

export interface ClaimOptions {
  workerId: string;
  batchSize: number;
  leaseMs: number;
  clock: Clock;
}

/**
 * Claims up to batchSize due jobs for one worker: queued jobs whose time has come, and
 * running jobs whose worker's lease ran out (it crashed or was killed). PostgreSQL claims
 * with FOR UPDATE SKIP LOCKED so that workers never wait on or share a job; SQLite has a
 * single writer, and each claim is a compare-and-set on (status, attempts).
 */
export async function claimDueJobs(db: Db, options: ClaimOptions): Promise<Job[]> {
  const now = options.clock.now();
  const lockedUntil = new Date(now.getTime() + options.leaseMs);
  await failExhaustedLeases(db, now);
  const ids =
    providerOf(db) === "postgresql"
      ? await claimSkipLocked(db, options, now, lockedUntil)
      : await claimCompareAndSet(db, options, now, lockedUntil);
  if (ids.length === 0) return [];
  return db.job.findMany({ where: { id: { in: ids }, lockedBy: options.workerId }, orderBy: { runAt: "asc" } });
}

const dueWhere = (now: Date) => ({
  OR: [
    { status: "queued", runAt: { lte: now } },
    { status: "running", lockedUntil: { lt: now } },
  ],
});

async function claimSkipLocked(db: Db, options: ClaimOptions, now: Date, lockedUntil: Date) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Job"
    SET "status" = 'running', "lockedBy" = ${options.workerId}, "lockedUntil" = ${lockedUntil},
        "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE ("status" = 'queued' AND "runAt" <= ${now})
         OR ("status" = 'running' AND "lockedUntil" < ${now})
      ORDER BY "runAt"
      LIMIT ${options.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((row) => row.id);
}

async function claimCompareAndSet(db: Db, options: ClaimOptions, now: Date, lockedUntil: Date) {
  const candidates = await db.job.findMany({
    where: dueWhere(now),
    orderBy: { runAt: "asc" },
    take: options.batchSize,
    select: { id: true, status: true, attempts: true },
  });
  const claimed: string[] = [];
  for (const candidate of candidates) {
    const { count } = await db.job.updateMany({
      where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts },
      data: { status: "running", lockedBy: options.workerId, lockedUntil, attempts: { increment: 1 }, updatedAt: now },
    });
    if (count === 1) claimed.push(candidate.id);
  }
  return claimed;
}

/** A job whose worker died on its last allowed attempt will not be tried again. */
async function failExhaustedLeases(db: Db, now: Date) {
  const exhausted = await db.job.findMany({
    where: { status: "running", lockedUntil: { lt: now } },
    select: { id: true, attempts: true, maxAttempts: true },
  });
  for (const job of exhausted.filter((j) => j.attempts >= j.maxAttempts)) {
    await db.job.updateMany({
      where: { id: job.id, status: "running", attempts: job.attempts },
      data: {
        status: "failed",
        lastError: "The worker stopped during the last allowed attempt (lease expired).",
        lockedBy: null,
        lockedUntil: null,
        finishedAt: now,
      },
    });
  }
}

/** Marks a job done; a no-op when another worker took it over after this lease expired. */
export async function completeJob(db: Db, job: Job, workerId: string, clock: Clock) {
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, status: "running" },
    data: { status: "succeeded", lockedBy: null, lockedUntil: null, lastError: null, finishedAt: clock.now() },
  });
}

/** Records a failed attempt: back to the queue at retryAt, or failed for good. */
export async function recordFailure(
  db: Db,
  job: Job,
  workerId: string,
  error: string,
  retryAt: Date | null,
  clock: Clock,
) {
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, status: "running" },
    data: retryAt
      ? { status: "queued", runAt: retryAt, lastError: error, lockedBy: null, lockedUntil: null }
      : { status: "failed", lastError: error, lockedBy: null, lockedUntil: null, finishedAt: clock.now() },
  });
}

/** The admin's "retry": a failed job gets a fresh set of attempts, now. */
export async function retryFailedJob(db: Db, shop: string, id: string, clock: Clock = systemClock) {
  const { count } = await db.job.updateMany({
    where: { id, shop, status: "failed" },
    data: { status: "queued", attempts: 0, runAt: clock.now(), finishedAt: null },
  });
  if (count === 1) wakeWorkers();
  return count === 1;
}

export async function listJobs(db: Db, shop: string, status?: JobStatus, take = 50) {
  return db.job.findMany({
    where: { shop, ...(status ? { status } : {}) },
    orderBy: { updatedAt: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      maxAttempts: true,
      lastError: true,
      runAt: true,
      createdAt: true,
      updatedAt: true,
      finishedAt: true,
    },
  });
}

export async function countJobsByStatus(db: Db, shop: string) {
  const groups = await db.job.groupBy({ by: ["status"], where: { shop }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<JobStatus, number>>;
}
