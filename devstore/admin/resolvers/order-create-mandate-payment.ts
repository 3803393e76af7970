import { randomUUID } from "node:crypto";
import { formatCents } from "../../seed/money";
import { findMandatePayment, mandatePaymentCents, recordMandatePayment } from "../../state/mandate-payment";
import { gid, idFromGid } from "../../state/store";
import type { DevMandatePayment } from "../../state/types";
import type { ResolverMap } from "../resolver-map";
import { requireAccessScope } from "../support/access-scopes";

/**
 * `orderCreateMandatePayment`: the app collects an order's balance from the card vaulted at
 * checkout — captured (autoCapture, the default) or only authorized. The same idempotency
 * key on the same order returns the first payment again and charges nothing. Shopify charges
 * in a job the client polls; the dev store has charged by the time it answers (done: true).
 * A capture that pays the order in full sends orders/paid, as checkout does.
 */

const CODE = "ORDER_MANDATE_PAYMENT_ERROR_CODE";

interface MoneyInput {
  amount: string;
  currencyCode: string;
}

// The wording is the dev store's own: no capture of Shopify's messages for this mutation exists.
function failure(field: string[], message: string) {
  return { job: null, paymentReferenceId: null, userErrors: [{ field, message, code: CODE }] };
}

function success(payment: DevMandatePayment) {
  return {
    job: { id: gid("Job", payment.jobId), done: true, query: {} },
    paymentReferenceId: payment.referenceId,
    userErrors: [],
  };
}

export const orderCreateMandatePaymentResolvers: ResolverMap = {
  Mutation: {
    orderCreateMandatePayment: (_source, args, { store, now }) => {
      requireAccessScope(store.state, "orderCreateMandatePayment", "write_payment_mandate");
      const id = idFromGid(args.id as string, "Order");
      const order = id ? store.state.orders.find((candidate) => candidate.id === id) : undefined;
      if (!order) return failure(["id"], "Order does not exist.");
      const idempotencyKey = args.idempotencyKey as string;
      if (!idempotencyKey.trim()) return failure(["idempotencyKey"], "The idempotency key can't be blank.");
      const earlier = findMandatePayment(order, idempotencyKey);
      if (earlier) return success(earlier);

      const charge = mandatePaymentCents(order, {
        mandateId: args.mandateId as string,
        paymentScheduleId: (args.paymentScheduleId as string | null | undefined) ?? null,
        amount: (args.amount as MoneyInput | null | undefined) ?? null,
      });
      if ("message" in charge) return failure(charge.field, charge.message);
      const payment: DevMandatePayment = {
        referenceId: randomUUID(),
        idempotencyKey,
        mandateId: idFromGid(args.mandateId as string, "PaymentMandate")!,
        jobId: randomUUID(),
        amount: formatCents(charge.cents),
        captured: args.autoCapture !== false,
        createdAt: now().toISOString(),
      };
      const paidInFull = store.change(() => recordMandatePayment(order, payment));
      if (paidInFull) store.events.emit("orders/paid", order.id);
      return success(payment);
    },
  },
};
