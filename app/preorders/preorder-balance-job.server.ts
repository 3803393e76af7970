import type { PreorderBalanceCharge } from "@prisma/client";
import { z } from "zod";
import type { Db } from "../db.server";
import { defineJob } from "../jobs/job";
import { unauthenticated } from "../shopify.server";
import { balancePaymentStatus, balanceOrder, chargeBalance } from "./balance-admin-api.server";
import { balanceIdempotencyKey, balanceStep, paymentResult } from "./balance-charge";
import { PREORDER_BALANCE_JOB } from "./preorder-balances.server";

/**
 * Charges one preorder order's balance to the card Shopify vaulted at checkout, then follows
 * the payment until Shopify reports it done. Safe to run again at any point: the idempotency
 * key makes Shopify answer a repeated request with the first payment, and a charge that ended
 * (charged, failed, not due) is left alone. A payment still processing is checked again later
 * through the job's backoff.
 */
export const preorderBalanceJob = defineJob({
  kind: PREORDER_BALANCE_JOB,
  payload: z.object({ shop: z.string(), chargeId: z.string() }),
  async run({ shop, chargeId }, context) {
    const { db } = context;
    const charge = await db.preorderBalanceCharge.findFirst({ where: { id: chargeId, shop } });
    if (!charge || !["scheduled", "processing"].includes(charge.status)) return;
    const { admin } = await unauthenticated.admin(shop);
    const orderId = `gid://shopify/Order/${charge.orderId}`;

    let reference = charge.paymentReferenceId;
    if (!reference) {
      const order = await balanceOrder(admin, orderId);
      if (!order) return settle(db, charge, { status: "failed", error: "The order is no longer in Shopify" });
      // "processing" without a reference: an earlier run asked Shopify and stopped before storing
      // the answer. Asking again with the same key returns that payment instead of a second one.
      if (charge.status === "scheduled") {
        const step = balanceStep(order, charge.dueAt === null);
        if (step.kind === "wait-for-fulfillment") return;
        if (step.kind !== "charge") return settle(db, charge, { status: step.kind, error: step.reason });
        await settle(db, charge, { status: "processing", amount: step.amount });
      }
      const mandateId = order.mandateIds[0];
      if (!mandateId) return settle(db, charge, { status: "failed", error: "The order has no saved card any more" });
      const request = await chargeBalance(admin, {
        orderId,
        mandateId,
        scheduleId: order.scheduleId,
        idempotencyKey: balanceIdempotencyKey(charge.id, charge.attempt),
      });
      if (!request.ok) return settle(db, charge, { status: "failed", error: request.message });
      reference = request.paymentReferenceId;
      await settle(db, charge, { paymentReferenceId: reference });
    }

    const payment = await balancePaymentStatus(admin, orderId, reference);
    const result = payment ? paymentResult(payment.status) : "processing";
    if (result === "charged")
      return settle(db, charge, { status: "charged", error: null, chargedAt: context.clock.now() });
    if (result === "failed") {
      return settle(db, charge, {
        status: "failed",
        error: payment?.errorMessage ?? `Shopify reported the payment as ${payment?.status.toLowerCase()}`,
      });
    }
    throw new Error("Shopify is still processing the payment; checking again shortly");
  },
});

async function settle(
  db: Db,
  charge: PreorderBalanceCharge,
  data: Partial<Pick<PreorderBalanceCharge, "status" | "error" | "amount" | "chargedAt" | "paymentReferenceId">>,
) {
  await db.preorderBalanceCharge.update({ where: { id: charge.id }, data });
}
