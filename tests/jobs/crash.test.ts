import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { enqueue } from "../../app/jobs/queue.server";
import { exited, startProcess } from "../support/processes";

const JOBS = 40;

describe("a worker killed in the middle of a batch", () => {
  it("is restarted and every job is finished, each at least once and none lost", async () => {
    const runLog = path.join(mkdtempSync(path.join(tmpdir(), "fieldtest-crash-")), "runs.log");
    for (let i = 0; i < JOBS; i++) {
      await enqueue(db, { kind: "test.run-log", key: `crash-${String(i).padStart(2, "0")}`, payload: {} });
    }
    const env = { DATABASE_URL: process.env.DATABASE_URL!, RUN_LOG: runLog, JOB_MS: "30", LEASE_MS: "1500" };

    const first = await startProcess("tests/support/worker-process.ts", env);
    await vi.waitFor(() => expect(lines(runLog).length).toBeGreaterThanOrEqual(8), { timeout: 20_000 });
    first.kill("SIGKILL");
    await exited(first);
    const doneBeforeKill = lines(runLog).length;
    expect(doneBeforeKill).toBeLessThan(JOBS);
    // The killed worker held a claimed batch: those rows are still "running" under its lease.
    expect(await db.job.count({ where: { status: "running" } })).toBeGreaterThan(0);

    const second = await startProcess("tests/support/worker-process.ts", env);
    await vi.waitFor(async () => expect(await db.job.count({ where: { status: "succeeded" } })).toBe(JOBS), {
      timeout: 30_000,
      interval: 100,
    });
    second.kill("SIGTERM");
    await exited(second);

    const finished = new Set(lines(runLog).map((line) => line.split(" ")[0]));
    expect(finished.size).toBe(JOBS);
    expect(await db.job.count({ where: { status: { not: "succeeded" } } })).toBe(0);
  });
});

function lines(file: string) {
  return existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean) : [];
}
