import { addDays } from "../../app/shop-time/calendar-date";

/**
 * The new-preorder form's settings as a merchant fills them in: a 20 % deposit with the balance
 * due on fulfilment, shipping in 60 days, a goal of 10 units by day 30. `fields` overrides.
 */
export function preorderSettings(today: string, fields: Record<string, string> = {}): Record<string, string> {
  return {
    paymentModel: "deposit",
    depositPercent: "20",
    balanceTrigger: "on-fulfillment",
    shipDate: addDays(today, 60),
    goalKind: "units",
    goalValue: "10",
    deadline: addDays(today, 30),
    ...fields,
  };
}
