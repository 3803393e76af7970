import { z } from "zod";
import { defineJob, PermanentJobError } from "../jobs/job";
import { unauthenticated } from "../shopify.server";
import { endPreorderTest, findPreorderTest, PREORDER_DEADLINE_JOB } from "./preorder-tests.server";

/**
 * Ends a live test when its deadline has passed: the plan leaves the variants and the block shows
 * closed; the verdict becomes final (ended, reached or missed). A test extended since then has a
 * later deadline and its own job: this one does nothing.
 */
export const preorderDeadlineJob = defineJob({
  kind: PREORDER_DEADLINE_JOB,
  payload: z.object({ shop: z.string(), testId: z.string(), deadline: z.string() }),
  async run({ shop, testId, deadline }, context) {
    const test = await findPreorderTest(context.db, shop, testId);
    if (!test || test.status !== "live" || test.form.deadline !== deadline) return;
    const { admin } = await unauthenticated.admin(shop);
    const ended = await endPreorderTest(context.db, admin, test, context.clock.now(), "deadline-passed");
    if (!ended.ok) throw new PermanentJobError(ended.message);
  },
});
