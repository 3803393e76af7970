import { formatLongDate } from "../shop-time/calendar-date";
import type { PaymentPlan } from "./preorder-test-draft";

/**
 * What buyers read: the defaults for the storefront wording, and the payment terms in words for
 * the selling plan (shown in the cart, at checkout and on the order). English; the merchant can
 * replace the label, button text and note in the form.
 */

export const defaultPreorderLabel = "Preorder";
export const defaultPreorderButtonText = "Preorder now";

const percentFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatPercent(percent: number): string {
  return `${percentFormat.format(percent)}%`;
}

/** The selling plan's option value: what the buyer pays at checkout. */
export function paymentOptionText(payment: PaymentPlan): string {
  switch (payment.model) {
    case "full":
      return "Pay in full now";
    case "deposit":
      return `${formatPercent(payment.depositPercent)} deposit now`;
    case "charge-later":
      return "Pay nothing now";
  }
}

/** The note under the button when the merchant writes none: the payment terms and the ship date. */
export function defaultPreorderNote(draft: { payment: PaymentPlan; shipDate: string; deadline: string }): string {
  const ships = `Expected to ship by ${formatLongDate(draft.shipDate)}.`;
  const { payment } = draft;
  switch (payment.model) {
    case "full":
      return ships;
    case "deposit": {
      const rest =
        payment.balance.trigger === "exact-date"
          ? `on ${formatLongDate(payment.balance.dueDate)}`
          : "when your order ships";
      return `Pay ${formatPercent(payment.depositPercent)} now and the rest ${rest}. ${ships}`;
    }
    case "charge-later":
      return `You're charged only if this preorder reaches its goal by ${formatLongDate(draft.deadline)}. ${ships}`;
  }
}

/** "Preorder · 20% deposit now · ships by March 15, 2027": the selling plan's name. */
export function sellingPlanName(draft: { payment: PaymentPlan; shipDate: string; label: string }): string {
  return `${draft.label} · ${paymentOptionText(draft.payment)} · ships by ${formatLongDate(draft.shipDate)}`;
}
