import type { JobDefinition } from "./job";
import { preorderNoticesJob } from "../preorders/preorder-notices-job.server";
import { webhookJob } from "../webhooks/process.server";

/** Every kind of job the worker can run. Capabilities add theirs here. */
export const jobDefinitions: readonly JobDefinition[] = [
  webhookJob as JobDefinition,
  preorderNoticesJob as JobDefinition,
];
