import type { PreorderBalanceCharge } from "@prisma/client";
import type { Db, DbOrTx } from "../db.server";
import { enqueue, wakeWorkers } from "../jobs/queue.server";
import { balanceDueAfterGo, summariseBalances, type BalanceSummary } from "./balance-charge";
import type { PreorderTestRecord } from "./preorder-tests.server";

export const PREORDER_BALANCE_JOB = "preorder-balance";

/**
 * One job per charge attempt: a retry after a failure is new work, a redelivery is not. `event`
 * names a later reason to run the same attempt again (the order was fulfilled).
 */
function enqueueCharge(tx: DbOrTx, charge: PreorderBalanceCharge, runAt?: Date, event?: string) {
  return enqueue(tx, {
    kind: PREORDER_BALANCE_JOB,
    key: `${PREORDER_BALANCE_JOB}:${charge.id}:${charge.attempt}${event ? `:${event}` : ""}`,
    shop: charge.shop,
    customerId: charge.customerId,
    runAt,
    payload: { shop: charge.shop, chargeId: charge.id },
  });
}

/**
 * After a "go": one balance charge per order still on preorder, due when the payment plan says.
 * Runs inside the decision's transaction, so the verdict and its charges land together; a second
 * call finds the rows and jobs already there. Balances due on fulfilment are checked at once too
 * (an order fulfilled before the decision would otherwise wait for a webhook that already came).
 */
export async function scheduleBalanceCharges(tx: DbOrTx, test: PreorderTestRecord, now: Date): Promise<number> {
  const due = balanceDueAfterGo(test.form.payment, test.timeZone, now);
  if (due.kind === "nothing") return 0;
  const lines = await tx.preorderLine.findMany({
    where: { testId: test.id, status: "active" },
    orderBy: { orderedAt: "asc" },
  });
  const orders = new Map(lines.map((line) => [line.orderId, line]));
  for (const [orderId, line] of orders) {
    const charge = await tx.preorderBalanceCharge.upsert({
      where: { testId_orderId: { testId: test.id, orderId } },
      update: {},
      create: {
        shop: test.shop,
        testId: test.id,
        orderId,
        orderName: line.orderName,
        customerId: line.customerId,
        dueAt: due.kind === "at" ? due.at : null,
      },
    });
    await enqueueCharge(tx, charge, due.kind === "at" ? due.at : now);
  }
  return orders.size;
}

/** orders/fulfilled: a balance due on fulfilment is charged now. */
export async function chargeBalancesOnFulfillment(db: Db, shop: string, orderId: string) {
  const charges = await db.preorderBalanceCharge.findMany({
    where: { shop, orderId, dueAt: null, status: "scheduled" },
  });
  if (charges.length === 0) return;
  await db.$transaction(async (tx) => {
    // The job of the decision (same attempt) already ran and waited: fulfilment is a new key.
    for (const charge of charges) await enqueueCharge(tx, charge, undefined, "fulfilled");
  });
  wakeWorkers();
}

/** orders/paid after a charge: Shopify finished processing it. */
export async function settleBalancesOnPayment(db: Db, shop: string, orderId: string, now: Date) {
  await db.preorderBalanceCharge.updateMany({
    where: { shop, orderId, status: "processing" },
    data: { status: "charged", chargedAt: now, error: null },
  });
}

export type RetryResult = { ok: true; message: string } | { ok: false; message: string };

/** The merchant's retry of a failed charge: a new attempt, so a new idempotency key. */
export async function retryBalanceCharge(db: Db, shop: string, chargeId: string): Promise<RetryResult> {
  const result = await db.$transaction(async (tx) => {
    const charge = await tx.preorderBalanceCharge.findFirst({ where: { id: chargeId, shop } });
    if (!charge) return { ok: false as const, message: "That balance charge does not exist" };
    if (charge.status !== "failed") return { ok: false as const, message: "Only a failed charge can be retried" };
    const retried = await tx.preorderBalanceCharge.update({
      where: { id: charge.id },
      data: { status: "scheduled", attempt: { increment: 1 }, error: null, paymentReferenceId: null },
    });
    await enqueueCharge(tx, retried);
    return { ok: true as const, message: `Charging the balance of ${charge.orderName} again.` };
  });
  if (result.ok) wakeWorkers();
  return result;
}

export interface BalanceCharges {
  summary: BalanceSummary;
  charges: PreorderBalanceCharge[];
}

export async function balanceCharges(db: DbOrTx, testId: string): Promise<BalanceCharges> {
  const charges = await db.preorderBalanceCharge.findMany({ where: { testId }, orderBy: { createdAt: "asc" } });
  return { summary: summariseBalances(charges), charges };
}
