/** What the Admin API says about an order's line items (the ORDER_PREORDER_LINES query). */
export interface OrderForPreorders {
  id: string;
  name: string;
  createdAt: string;
  customer: { id: string; email: string | null; displayName: string | null } | null;
  email: string | null;
  lineItems: {
    nodes: {
      id: string;
      quantity: number;
      sellingPlan: { sellingPlanId: string | null } | null;
      originalUnitPriceSet: { shopMoney: { amount: string } };
    }[];
  };
}

/** A live test as the counter needs it: its plan, and the share of the price charged at checkout. */
export interface CountedTest {
  id: string;
  sellingPlanId: string;
  /** 100 for full payment, the deposit %, 0 for charge-later. */
  checkoutPercent: number;
}

export interface PreorderLineRecord {
  testId: string;
  orderId: string;
  orderName: string;
  lineItemId: string;
  customerId: string | null;
  customerEmail: string | null;
  customerName: string | null;
  quantity: number;
  unitPrice: number;
  depositAmount: number;
  orderedAt: Date;
}

/** Shopify's numeric id of a gid ("gid://shopify/LineItem/123" → "123"), the form webhooks carry. */
export const numericId = (gid: string) => gid.slice(gid.lastIndexOf("/") + 1);

/**
 * The order's lines bought with a live test's selling plan, one record per line item. The
 * orders/create payload does not say which selling plan a line used, so the order is read over
 * the Admin API (LineItem.sellingPlan) first.
 */
export function preorderLinesOf(order: OrderForPreorders, tests: readonly CountedTest[]): PreorderLineRecord[] {
  const byPlan = new Map(tests.map((test) => [test.sellingPlanId, test]));
  return order.lineItems.nodes.flatMap((line) => {
    const test = line.sellingPlan?.sellingPlanId ? byPlan.get(line.sellingPlan.sellingPlanId) : undefined;
    if (!test || line.quantity <= 0) return [];
    const unitPrice = Number(line.originalUnitPriceSet.shopMoney.amount);
    return [
      {
        testId: test.id,
        orderId: numericId(order.id),
        orderName: order.name,
        lineItemId: numericId(line.id),
        customerId: order.customer ? numericId(order.customer.id) : null,
        customerEmail: order.customer?.email ?? order.email,
        customerName: order.customer?.displayName ?? null,
        quantity: line.quantity,
        unitPrice,
        depositAmount: Math.round(unitPrice * line.quantity * test.checkoutPercent) / 100,
        orderedAt: new Date(order.createdAt),
      },
    ];
  });
}
