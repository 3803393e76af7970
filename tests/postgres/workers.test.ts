import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import db, { providerOf } from "../../app/db.server";
import { exited, startProcess } from "../support/processes";

// Runs only against PostgreSQL (npm test's second pass): several workers share one queue
// there, claiming with FOR UPDATE SKIP LOCKED.
const JOBS = 300;
const WORKERS = 3;

describe("several workers on PostgreSQL", () => {
  it("never run the same job twice and share the work", async () => {
    expect(providerOf(db)).toBe("postgresql");
    const runLog = path.join(mkdtempSync(path.join(tmpdir(), "fieldtest-workers-")), "runs.log");
    await db.job.createMany({
      data: Array.from({ length: JOBS }, (_, i) => ({ kind: "test.run-log", key: `shared-${i}`, payload: "{}" })),
    });
    const env = {
      DATABASE_URL: process.env.DATABASE_URL!,
      RUN_LOG: runLog,
      JOB_MS: "2",
      LEASE_MS: "60000",
      BATCH_SIZE: "4",
    };
    const workers = await Promise.all(
      Array.from({ length: WORKERS }, () => startProcess("tests/support/worker-process.ts", env)),
    );

    await vi.waitFor(async () => expect(await db.job.count({ where: { status: "succeeded" } })).toBe(JOBS), {
      timeout: 60_000,
      interval: 200,
    });
    for (const worker of workers) worker.kill("SIGTERM");
    await Promise.all(workers.map(exited));

    const runs = readFileSync(runLog, "utf8").trim().split("\n");
    const keys = runs.map((line) => line.split(" ")[0]);
    expect(keys).toHaveLength(JOBS);
    expect(new Set(keys).size).toBe(JOBS);
    const perWorker = new Set(runs.map((line) => line.split(" ")[1]));
    expect(perWorker.size).toBeGreaterThan(1);
    expect(existsSync(runLog)).toBe(true);
  });
});
