import { formatCents } from "../../seed/money";
import type { DevOrder, DevOrderLine } from "../../state/types";
import { formatDecimal } from "../../admin/support/money";
import { moneySet } from "./money-set";

/**
 * The order's discount_applications and each line item's discount_allocations (indexes into
 * them). Orders checkout placed keep their automatic discounts; for an order without them
 * (seeded ones) the discount shows as one manual discount spread over its lines.
 */

export function discountApplicationsPayload(order: DevOrder, discountCents: number) {
  if (order.discountApplications) {
    return order.discountApplications.map((application) => ({
      target_type: "line_item",
      type: "automatic",
      value:
        "percentage" in application.value
          ? formatDecimal(application.value.percentage)
          : formatDecimal(application.value.amount),
      value_type: "percentage" in application.value ? "percentage" : "fixed_amount",
      allocation_method: application.allocationMethod.toLowerCase(),
      target_selection: application.targetSelection.toLowerCase(),
      title: application.title,
    }));
  }
  if (discountCents <= 0) return [];
  return [
    {
      target_type: "line_item",
      type: "manual",
      value: formatCents(discountCents),
      value_type: "fixed_amount",
      allocation_method: "across",
      target_selection: "all",
      title: "Discount",
      description: "Discount",
    },
  ];
}

export function discountAllocationsPayload(order: DevOrder, line: DevOrderLine, discountCents: number) {
  const allocations =
    line.discountAllocations ??
    (order.discountApplications || discountCents <= 0
      ? []
      : [{ applicationIndex: 0, amount: formatCents(discountCents) }]);
  return allocations.map(({ applicationIndex, amount }) => ({
    amount,
    amount_set: moneySet(amount, order.currencyCode),
    discount_application_index: applicationIndex,
  }));
}
