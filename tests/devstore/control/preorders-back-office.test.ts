import { describe, expect, it } from "vitest";
import { controlPage } from "../../../devstore/control/control-page";
import { cancelOrder } from "../../../devstore/control/shop-events";
import { DevStore } from "../../../devstore/state/store";
import { visibleText } from "../storefront/html";
import { DEPOSIT_PLAN, preorderState } from "../storefront/preorder-fixture";
import { checkout } from "../support/checkout";
import { startStorefront } from "../storefront/storefront-server";

/** The back office with preorders: the purchase options on each product, and cancelling an order paid by deposit. */

describe("the back office", () => {
  it("lists the selling plan groups on each product, read-only", () => {
    const text = visibleText(controlPage(preorderState(), [], null));
    expect(text).toContain(
      "Purchase options on products Product Selling plan group Plans " +
        "Folding Storage Ottoman Pre-order · app fieldtest-preorder " +
        "Pre-order, 20% deposit (pre-order, 20% at checkout); Pre-order, pay in full, 10% off (pre-order, 100% at checkout) " +
        "Collapsible Laundry Basket (Default Title) Subscribe and save · app another-app Every month (subscription)",
    );
    const none = visibleText(
      controlPage(DevStore.open(null, () => ({ ...preorderState(), sellingPlanGroups: [] })).state, [], null),
    );
    expect(none).toContain("None: the app adds them with sellingPlanGroupCreate.");
  });

  it("refunds the deposit when a partially paid preorder is cancelled", async () => {
    const storefront = await startStorefront({ state: preorderState });
    try {
      const { id } = await checkout(storefront.url, { lines: [{ variantId: 201, sellingPlanId: DEPOSIT_PLAN }] });
      const refunds: string[] = [];
      storefront.store.events.on("refunds/create", (_orderId, refundId) => refunds.push(refundId));

      cancelOrder(storefront.store, id, new Date("2026-02-11T09:00:00Z"));

      const order = storefront.store.state.orders.find((candidate) => candidate.id === id)!;
      expect(order).toMatchObject({ financialStatus: "REFUNDED", cancelReason: "CUSTOMER" });
      expect(order.refunds).toEqual([expect.objectContaining({ id: refunds[0], amount: "249.90" })]);
    } finally {
      await storefront.close();
    }
  });
});
