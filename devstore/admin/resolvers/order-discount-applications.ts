import type { DevDiscountApplication, DevOrder } from "../../state/types";
import { typed, type ResolverMap } from "../resolver-map";
import { connectionFrom } from "../support/connection";
import { moneyBag, moneyV2 } from "../support/money";
import type { LineItemSource } from "./nodes";

/**
 * The discounts an order got: Order.discountApplications and LineItem.discountAllocations,
 * from what checkout recorded. The dev store's discounts are automatic
 * (AutomaticDiscountApplication); orders placed before it recorded them list none.
 */

function application(order: DevOrder, record: DevDiscountApplication, index: number) {
  const value =
    "percentage" in record.value
      ? typed("PricingPercentageValue", { percentage: record.value.percentage })
      : typed("MoneyV2", moneyV2(record.value.amount, order.currencyCode));
  return typed("AutomaticDiscountApplication", {
    index,
    title: record.title,
    allocationMethod: record.allocationMethod,
    targetSelection: record.targetSelection,
    targetType: "LINE_ITEM",
    value,
  });
}

export const orderDiscountApplicationResolvers: ResolverMap = {
  Order: {
    discountApplications: (order: DevOrder, args) => {
      const applications = (order.discountApplications ?? []).map((record, index) => application(order, record, index));
      return connectionFrom(applications, args, ({ index }) => ({ id: String(index), value: index }));
    },
  },
  LineItem: {
    discountAllocations: ({ order, line }: LineItemSource) =>
      (line.discountAllocations ?? []).map(({ applicationIndex, amount }) => ({
        allocatedAmount: moneyV2(amount, order.currencyCode),
        allocatedAmountSet: moneyBag(amount, order.currencyCode),
        discountApplication: application(order, order.discountApplications![applicationIndex], applicationIndex),
      })),
  },
};
