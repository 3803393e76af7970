import { randomUUID } from "node:crypto";
import { cancelOrderRecord } from "../../control/shop-events";
import { gid, idFromGid } from "../../state/store";
import { notImplemented } from "../errors/dev-store-error";
import type { ResolverMap } from "../resolver-map";

/**
 * `orderCancel`, checked as Shopify checks it (tests/fixtures/shopify/admin-graphql/orders/
 * orderCancel-error-messages.json), then cancelled as the back office cancels an order:
 * orders/cancelled, and refunds/create when money goes back. Shopify cancels in a job the
 * client polls; the dev store has cancelled the order by the time it answers (done: true).
 */

interface RefundMethodInput {
  originalPaymentMethodsRefund?: boolean | null;
  storeCreditRefund?: { expiresAt?: string | null } | null;
}

const STAFF_NOTE_LIMIT = 255;

type Code = "INVALID" | "NOT_FOUND";

/** OrderCancelPayload with one error, in orderCancelUserErrors and (without its code) the deprecated userErrors. */
function failure(field: string[], message: string, code: Code) {
  return {
    job: null,
    orderCancelUserErrors: [{ field, message, code }],
    userErrors: [{ field, message }],
  };
}

/** Whether money goes back: only when asked, by `refundMethod` or the deprecated `refund`. */
function refunds(refund: boolean | null | undefined, refundMethod: RefundMethodInput | null | undefined): boolean {
  if (refundMethod?.storeCreditRefund != null) throw notImplemented("orderCancel(refundMethod.storeCreditRefund)");
  if (refundMethod) return refundMethod.originalPaymentMethodsRefund === true;
  return refund === true;
}

export const orderCancelResolvers: ResolverMap = {
  Mutation: {
    orderCancel: (_source, args, { store, now }) => {
      const refund = args.refund as boolean | null | undefined;
      const refundMethod = args.refundMethod as RefundMethodInput | null | undefined;
      const staffNote = args.staffNote as string | null;
      if (refund != null && refundMethod != null) {
        return failure(["refund"], "Only one of the arguments `refund` or `refund_method` is allowed.", "INVALID");
      }
      if (staffNote !== null && staffNote.length > STAFF_NOTE_LIMIT) {
        const message = `Staff note is too long. Maximum length is ${STAFF_NOTE_LIMIT} characters.`;
        return failure(["staffNote"], message, "INVALID");
      }
      const id = idFromGid(args.orderId as string, "Order");
      const order = id ? store.state.orders.find((candidate) => candidate.id === id) : undefined;
      // Not in the capture: the wording of Shopify's other order mutations, with OrderCancelUserErrorCode.NOT_FOUND.
      if (!order) return failure(["orderId"], "Order does not exist", "NOT_FOUND");
      if (order.cancelledAt) {
        return failure(["orderId"], "Cannot cancel an order that has already been canceled", "INVALID");
      }
      // notifyCustomer: the dev store sends no cancellation email; staffNote: its orders keep no cancellation note.
      cancelOrderRecord(store, order, now(), {
        reason: args.reason as string,
        refund: refunds(refund, refundMethod),
        restock: args.restock as boolean,
      });
      return {
        job: { id: gid("Job", randomUUID()), done: true, query: {} },
        orderCancelUserErrors: [],
        userErrors: [],
      };
    },
  },
};
