import type { z } from "zod";
import type { Clock } from "./clock";
import type { Db } from "../db.server";

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobContext {
  db: Db;
  clock: Clock;
  job: { id: string; key: string; kind: string; shop: string | null; attempts: number };
}

/** What a capability registers for one kind of job: its payload schema and its work. */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType> {
  kind: string;
  payload: Schema;
  /** Must be idempotent: a job runs at least once, and again after a crash. */
  run(payload: z.infer<Schema>, context: JobContext): Promise<void>;
  maxAttempts?: number;
}

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}

/** Thrown by a job that retrying cannot fix (bad input, missing record): it fails at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}
