import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import db from "../../app/db.server";
import { ManualClock } from "../../app/jobs/clock";
import { defineJob, PermanentJobError } from "../../app/jobs/job";
import { claimDueJobs, enqueue, listJobs, retryFailedJob } from "../../app/jobs/queue.server";
import { JobWorker } from "../../app/jobs/worker.server";

const shop = "queue-test.myshopify.com";
let clock: ManualClock;
let runs: string[];
let failuresLeft: number;

const recordJob = defineJob({
  kind: "test.record",
  payload: z.object({ label: z.string() }),
  async run({ label }) {
    runs.push(label);
  },
});
const flakyJob = defineJob({
  kind: "test.flaky",
  payload: z.object({}),
  maxAttempts: 4,
  async run() {
    if (failuresLeft-- > 0) throw new Error("Shopify answered 502");
    runs.push("flaky");
  },
});
const brokenJob = defineJob({
  kind: "test.broken",
  payload: z.object({}),
  async run() {
    throw new PermanentJobError("The product was deleted");
  },
});

function worker(id = "w1", leaseMs = 60_000) {
  return new JobWorker({
    db,
    jobs: [recordJob, flakyJob, brokenJob],
    clock,
    workerId: id,
    leaseMs,
    random: () => 0.5, // no jitter: delays are exactly 10 s, 20 s, 40 s …
    log: () => {},
  });
}

const job = (key: string) => db.job.findUniqueOrThrow({ where: { key } });

beforeEach(async () => {
  await db.job.deleteMany({});
  clock = new ManualClock("2026-11-26T10:00:00Z");
  runs = [];
  failuresLeft = 0;
});

describe("enqueue", () => {
  it("ignores a second job with the same key", async () => {
    await enqueue(db, { kind: "test.record", key: "send:order-1", payload: { label: "first" }, shop }, clock);
    await enqueue(db, { kind: "test.record", key: "send:order-1", payload: { label: "second" }, shop }, clock);
    expect(await db.job.count()).toBe(1);
    await worker().runOnce();
    expect(runs).toEqual(["first"]);
  });

  it("enqueues inside a transaction that rolls back with it", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueue(tx, { kind: "test.record", key: "rolled-back", payload: { label: "x" } }, clock);
        throw new Error("the caller failed");
      }),
    ).rejects.toThrow("the caller failed");
    expect(await db.job.count()).toBe(0);
  });
});

describe("the worker", () => {
  it("runs a job when its time has come, not before", async () => {
    const in7Days = new Date(clock.now().getTime() + 7 * 86_400_000);
    await enqueue(db, { kind: "test.record", key: "email:7d", payload: { label: "7 days" }, runAt: in7Days }, clock);
    expect(await worker().runOnce()).toBe(0);
    clock.advance(7 * 86_400_000 - 1);
    expect(await worker().runOnce()).toBe(0);
    clock.advance(1);
    expect(await worker().runOnce()).toBe(1);
    expect(runs).toEqual(["7 days"]);
    expect(await job("email:7d")).toMatchObject({ status: "succeeded", attempts: 1, finishedAt: clock.now() });
  });

  it("retries a failing job with exponential backoff, then succeeds", async () => {
    failuresLeft = 2;
    await enqueue(db, { kind: "test.flaky", key: "flaky", payload: {}, maxAttempts: 4 }, clock);
    const w = worker();
    const start = clock.now().getTime();

    await w.runOnce();
    expect(await job("flaky")).toMatchObject({ status: "queued", attempts: 1, lastError: "Shopify answered 502" });
    expect((await job("flaky")).runAt.getTime() - start).toBe(10_000);

    clock.advance(9_999);
    expect(await w.runOnce()).toBe(0);
    clock.advance(1);
    await w.runOnce();
    expect((await job("flaky")).runAt.getTime() - clock.now().getTime()).toBe(20_000);

    clock.advance(20_000);
    await w.runOnce();
    expect(await job("flaky")).toMatchObject({ status: "succeeded", attempts: 3, lastError: null });
    expect(runs).toEqual(["flaky"]);
  });

  it("fails a job for good after its last attempt, and the admin's retry runs it again", async () => {
    failuresLeft = 4;
    await enqueue(db, { kind: "test.flaky", key: "doomed", payload: {}, shop, maxAttempts: 4 }, clock);
    const w = worker();
    for (let i = 0; i < 4; i++) {
      await w.runOnce();
      clock.advance(3_600_000);
    }
    expect(await job("doomed")).toMatchObject({ status: "failed", attempts: 4, lastError: "Shopify answered 502" });
    expect(await w.runOnce()).toBe(0);
    expect((await listJobs(db, shop, "failed")).map((j) => j.kind)).toEqual(["test.flaky"]);

    expect(await retryFailedJob(db, "someone-else.myshopify.com", (await job("doomed")).id, clock)).toBe(false);
    expect(await retryFailedJob(db, shop, (await job("doomed")).id, clock)).toBe(true);
    await w.runOnce();
    expect(await job("doomed")).toMatchObject({ status: "succeeded", attempts: 1 });
  });

  it("fails at once on a permanent error, an unknown kind or a payload that does not match", async () => {
    await enqueue(db, { kind: "test.broken", key: "broken", payload: {} }, clock);
    await enqueue(db, { kind: "test.nobody", key: "orphan", payload: {} }, clock);
    await enqueue(db, { kind: "test.record", key: "garbled", payload: { label: 42 } }, clock);
    await worker().runOnce();
    expect(await job("broken")).toMatchObject({ status: "failed", attempts: 1, lastError: "The product was deleted" });
    expect((await job("orphan")).lastError).toMatch(/No handler .* "test.nobody"/);
    expect(await job("garbled")).toMatchObject({ status: "failed" });
    expect((await job("garbled")).lastError).toMatch(/Invalid payload/);
  });

  it("takes over a job whose worker died once the lease runs out", async () => {
    await enqueue(db, { kind: "test.record", key: "orphaned", payload: { label: "finally" } }, clock);
    // Worker A claims the job and dies before finishing it.
    await claimDueJobs(db, { workerId: "A", batchSize: 10, leaseMs: 30_000, clock });
    const b = worker("B", 30_000);
    expect(await b.runOnce()).toBe(0);
    clock.advance(30_001);
    expect(await b.runOnce()).toBe(1);
    expect(await job("orphaned")).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(runs).toEqual(["finally"]);
  });
});

describe("graceful shutdown", () => {
  let live: JobWorker | undefined;
  afterEach(async () => live?.stop());

  it("lets the job in hand finish and starts no new one", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowJob = defineJob({
      kind: "test.slow",
      payload: z.object({ label: z.string() }),
      async run({ label }) {
        await gate;
        runs.push(label);
      },
    });
    await enqueue(db, { kind: "test.slow", key: "slow-1", payload: { label: "one" } }, clock);
    live = new JobWorker({ db, jobs: [slowJob], clock, batchSize: 1, pollIntervalMs: 10, log: () => {} });
    live.start();
    await vi.waitFor(async () => expect((await job("slow-1")).status).toBe("running"));
    await enqueue(db, { kind: "test.slow", key: "slow-2", payload: { label: "two" } }, clock);

    const stopped = live.stop();
    release();
    await stopped;
    expect(runs).toEqual(["one"]);
    expect((await job("slow-1")).status).toBe("succeeded");
    expect((await job("slow-2")).status).toBe("queued");
  });
});
