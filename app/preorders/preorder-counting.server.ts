import type { JobContext } from "../jobs/job";
import { unauthenticated } from "../shopify.server";
import type { AdminApi } from "../shopify/admin.server";
import type { WebhookSubscribers } from "../webhooks/subscribers.server";
import { canonicalLocale } from "./notice-language";
import { orderForPreorders } from "./preorder-admin-api.server";
import { preorderLinesOf } from "./order-preorder-lines";
import { countedTest, syncStorefrontProgress } from "./preorder-tests.server";

/**
 * Counts preorders from orders webhooks, idempotently per Shopify line item: a redelivered or
 * replayed orders/create finds its lines already stored and changes nothing; a cancellation or a
 * refund marks the lines it names. Each change updates the storefront block's progress metafield.
 * A line keeps the locale the buyer checked out in, so their notices speak it.
 */
export const preorderWebhookSubscribers: WebhookSubscribers = {
  "orders/create": [
    async (shop, order, context) => {
      const tests = await context.db.preorderTest.findMany({
        where: { shop, status: "live", sellingPlanId: { not: null } },
      });
      if (tests.length === 0) return;
      const { admin } = await unauthenticated.admin(shop);
      const details = await orderForPreorders(admin, order.admin_graphql_api_id);
      if (!details) return;
      const lines = preorderLinesOf(details, tests.map(countedTest));
      if (lines.length === 0) return;
      const customerLocale = canonicalLocale(order.customer_locale);
      await context.db.$transaction(
        lines.map((line) =>
          context.db.preorderLine.upsert({
            where: { shop_lineItemId: { shop, lineItemId: line.lineItemId } },
            create: { shop, ...line, customerLocale },
            update: {},
          }),
        ),
      );
      await syncTests(shop, new Set(lines.map((line) => line.testId)), context, admin);
    },
  ],
  "orders/cancelled": [
    async (shop, order, context) => {
      const lines = await context.db.preorderLine.findMany({ where: { shop, orderId: order.id } });
      if (lines.length === 0) return;
      await context.db.$transaction(
        lines.map((line) =>
          context.db.preorderLine.update({
            where: { id: line.id },
            data: { status: "cancelled", cancelledQuantity: line.quantity },
          }),
        ),
      );
      await syncTests(shop, new Set(lines.map((line) => line.testId)), context);
    },
  ],
  "refunds/create": [
    async (shop, refund, context) => {
      const refunded = new Map(refund.refund_line_items.map((item) => [item.line_item_id, item.quantity]));
      const lines = await context.db.preorderLine.findMany({
        where: { shop, lineItemId: { in: [...refunded.keys()] } },
      });
      if (lines.length === 0) return;
      await context.db.$transaction(
        lines.map((line) => {
          const cancelledQuantity = Math.min(
            line.quantity,
            line.cancelledQuantity + (refunded.get(line.lineItemId) ?? 0),
          );
          return context.db.preorderLine.update({
            where: { id: line.id },
            data: { cancelledQuantity, status: cancelledQuantity >= line.quantity ? "refunded" : line.status },
          });
        }),
      );
      await syncTests(shop, new Set(lines.map((line) => line.testId)), context);
    },
  ],
};

async function syncTests(shop: string, testIds: Set<string>, context: JobContext, admin?: AdminApi) {
  admin ??= (await unauthenticated.admin(shop)).admin;
  for (const testId of testIds) await syncStorefrontProgress(context.db, admin, shop, testId, context.clock.now());
}
