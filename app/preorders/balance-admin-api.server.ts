import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
import type { BalanceOrder } from "./balance-charge";

/** The Admin API documents that collect a preorder's balance, the same for Shopify and the dev store. */

const BALANCE_ORDER = `#graphql
  query PreorderBalanceOrder($id: ID!) {
    order(id: $id) {
      id
      name
      cancelledAt
      displayFulfillmentStatus
      totalOutstandingSet {
        shopMoney {
          amount
          currencyCode
        }
      }
      paymentTerms {
        id
        paymentSchedules(first: 1) {
          nodes {
            id
            dueAt
            completedAt
            balanceDue {
              amount
              currencyCode
            }
          }
        }
      }
      paymentCollectionDetails {
        vaultedPaymentMethods {
          id
        }
      }
    }
  }
`;

interface BalanceOrderData {
  order: {
    cancelledAt: string | null;
    displayFulfillmentStatus: string;
    totalOutstandingSet: { shopMoney: { amount: string; currencyCode: string } };
    paymentTerms: { paymentSchedules: { nodes: { id: string; completedAt: string | null }[] } } | null;
    paymentCollectionDetails: { vaultedPaymentMethods: { id: string }[] | null } | null;
  } | null;
}

export async function balanceOrder(admin: AdminApi, orderId: string): Promise<BalanceOrder | null> {
  const { order } = await adminQuery<BalanceOrderData>(admin, BALANCE_ORDER, { id: orderId });
  if (!order) return null;
  const schedule = order.paymentTerms?.paymentSchedules.nodes.find((node) => !node.completedAt);
  return {
    cancelled: order.cancelledAt !== null,
    fulfilled: order.displayFulfillmentStatus === "FULFILLED",
    outstanding: Number(order.totalOutstandingSet.shopMoney.amount),
    currency: order.totalOutstandingSet.shopMoney.currencyCode,
    mandateIds: (order.paymentCollectionDetails?.vaultedPaymentMethods ?? []).map((method) => method.id),
    scheduleId: schedule?.id ?? null,
  };
}

const CHARGE_BALANCE = `#graphql
  mutation ChargePreorderBalance($id: ID!, $mandateId: ID!, $paymentScheduleId: ID, $idempotencyKey: String!) {
    orderCreateMandatePayment(
      id: $id
      mandateId: $mandateId
      paymentScheduleId: $paymentScheduleId
      idempotencyKey: $idempotencyKey
      autoCapture: true
    ) {
      paymentReferenceId
      userErrors {
        field
        message
      }
    }
  }
`;

export type ChargeRequest = { ok: true; paymentReferenceId: string } | { ok: false; message: string };

export async function chargeBalance(
  admin: AdminApi,
  input: { orderId: string; mandateId: string; scheduleId: string | null; idempotencyKey: string },
): Promise<ChargeRequest> {
  const data = await adminQuery<{
    orderCreateMandatePayment: { paymentReferenceId: string | null; userErrors: { message: string }[] };
  }>(admin, CHARGE_BALANCE, {
    id: input.orderId,
    mandateId: input.mandateId,
    paymentScheduleId: input.scheduleId,
    idempotencyKey: input.idempotencyKey,
  });
  const { paymentReferenceId, userErrors } = data.orderCreateMandatePayment;
  if (userErrors.length || !paymentReferenceId) {
    return { ok: false, message: userErrors.map((error) => error.message).join("; ") || "Shopify refused the charge" };
  }
  return { ok: true, paymentReferenceId };
}

const PAYMENT_STATUS = `#graphql
  query PreorderBalancePaymentStatus($orderId: ID!, $paymentReferenceId: String!) {
    orderPaymentStatus(orderId: $orderId, paymentReferenceId: $paymentReferenceId) {
      status
      errorMessage
      translatedErrorMessage
    }
  }
`;

export async function balancePaymentStatus(
  admin: AdminApi,
  orderId: string,
  paymentReferenceId: string,
): Promise<{ status: string; errorMessage: string | null } | null> {
  const { orderPaymentStatus } = await adminQuery<{
    orderPaymentStatus: { status: string; errorMessage: string | null; translatedErrorMessage: string | null } | null;
  }>(admin, PAYMENT_STATUS, { orderId, paymentReferenceId });
  if (!orderPaymentStatus) return null;
  return {
    status: orderPaymentStatus.status,
    errorMessage: orderPaymentStatus.translatedErrorMessage ?? orderPaymentStatus.errorMessage,
  };
}
