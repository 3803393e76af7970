import { idFromGid } from "../../state/store";
import type { DevMandatePayment, DevOrder } from "../../state/types";
import type { ResolverMap } from "../resolver-map";

/**
 * `orderPaymentStatus`: how a payment started by orderCreateMandatePayment stands. The dev
 * store settles a payment before the mutation answers, so it is captured, or authorized
 * (voided once the order is cancelled) — never processing or failed. The model keeps no
 * transactions, so `transactions` is not served.
 */

function status(order: DevOrder, payment: DevMandatePayment) {
  if (payment.captured) return "CAPTURED";
  return order.cancelledAt ? "VOIDED" : "AUTHORIZED";
}

export const orderPaymentStatusResolvers: ResolverMap = {
  QueryRoot: {
    orderPaymentStatus: (_source, args, { store }) => {
      const id = idFromGid(args.orderId as string, "Order");
      const order = id ? store.state.orders.find((candidate) => candidate.id === id) : undefined;
      const payment = order?.mandatePayments?.find((candidate) => candidate.referenceId === args.paymentReferenceId);
      if (!order || !payment) return null;
      return {
        paymentReferenceId: payment.referenceId,
        status: status(order, payment),
        errorMessage: null,
        translatedErrorMessage: null,
      };
    },
  },
};
