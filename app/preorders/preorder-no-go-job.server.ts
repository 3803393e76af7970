import { z } from "zod";
import { defineJob } from "../jobs/job";
import { enqueue } from "../jobs/queue.server";
import { unauthenticated } from "../shopify.server";
import { cancelOrder } from "./preorder-admin-api.server";
import { prepareCustomerNotices } from "./notify-preorder-customers.server";
import { PREORDER_NOTICES_JOB, shopProfileForNotices } from "./preorder-notices-job.server";
import { findPreorderTest, PREORDER_NO_GO_JOB } from "./preorder-tests.server";

/**
 * A no-go: every order still holding the test's preorders is cancelled in Shopify and refunded
 * (a deposit back to the card, a charge-later order voided), then the buyers get the cancellation
 * notice. Idempotent: an order Shopify already reports as cancelled is skipped, and the notices
 * job is keyed by the test.
 */
export const preorderNoGoJob = defineJob({
  kind: PREORDER_NO_GO_JOB,
  payload: z.object({ shop: z.string(), testId: z.string() }),
  async run({ shop, testId }, context) {
    const test = await findPreorderTest(context.db, shop, testId);
    if (!test) return;
    const lines = await context.db.preorderLine.findMany({ where: { testId, status: "active" } });
    const { admin } = await unauthenticated.admin(shop);
    const refund = test.form.payment.model === "charge-later" ? "not-charged" : "refunded";
    const change = { kind: "cancelled" as const, refund } as const;
    const changeId = `${PREORDER_NOTICES_JOB}:${testId}:cancelled`;
    // Written first: once the orders are cancelled their lines are no longer on order.
    await prepareCustomerNotices(context.db, {
      shop,
      testId,
      change,
      changeId,
      shopProfile: await shopProfileForNotices(admin),
    });
    for (const orderId of new Set(lines.map((line) => line.orderId))) {
      const errors = await cancelOrder(
        admin,
        `gid://shopify/Order/${orderId}`,
        `Preorder test for ${test.productTitle} ended: no-go`,
      );
      const real = errors.filter((error) => !/already (been )?cancel/i.test(error.message));
      if (real.length)
        throw new Error(`Shopify did not cancel order ${orderId}: ${real.map((e) => e.message).join("; ")}`);
    }
    await enqueue(context.db, {
      kind: PREORDER_NOTICES_JOB,
      key: changeId,
      shop,
      payload: { shop, testId, change, changeId },
    });
  },
});
