import type { JobDefinition } from "./job";
import { storefrontScheduleJob } from "../discounts/storefront-schedule-job.server";
import { webPixelActivationJob } from "../pixel/web-pixel-activation-job.server";
import { preorderBalanceJob } from "../preorders/preorder-balance-job.server";
import { preorderDeadlineJob } from "../preorders/preorder-deadline-job.server";
import { preorderNoGoJob } from "../preorders/preorder-no-go-job.server";
import { preorderNoticesJob } from "../preorders/preorder-notices-job.server";
import { webhookJob } from "../webhooks/process.server";

/** Every kind of job the worker can run. Capabilities add theirs here. */
export const jobDefinitions: readonly JobDefinition[] = [
  webhookJob as JobDefinition,
  preorderNoticesJob as JobDefinition,
  preorderDeadlineJob as JobDefinition,
  preorderNoGoJob as JobDefinition,
  preorderBalanceJob as JobDefinition,
  storefrontScheduleJob as JobDefinition,
  webPixelActivationJob as JobDefinition,
];
