import type { DevStore } from "../../state/store";
import type { DevOrder, DevOrderLine } from "../../state/types";
import type { Cart } from "../cart/cart";
import { priceCart } from "../cart/priced-cart";
import { fromCents } from "../money";
import type { CheckoutForm } from "./checkout-form";

/**
 * Turns the cart into a paid order, as a completed Shopify checkout would: numbered after
 * the shop's last order, cart attributes kept as note attributes, the customer matched by
 * email (a guest order otherwise), inventory taken. Then emits orders/create and
 * orders/paid for the webhook sender. Returns null when nothing in the cart can be bought.
 */
export function placeOrder(store: DevStore, cart: Cart, form: CheckoutForm, now: Date): DevOrder | null {
  const order = store.change((state): DevOrder | null => {
    const priced = priceCart(state, cart);
    if (!priced.lines.length) return null;
    // As on Shopify, `number` counts the shop's orders from 1 and the name adds 1000: #1001, #1002…
    const number = Math.max(0, ...state.orders.map((existing) => existing.number)) + 1;
    const customer = state.customers.find((candidate) => candidate.email.toLowerCase() === form.email.toLowerCase());
    const lines = priced.lines.map(({ line, product, variant }): DevOrderLine => ({
      id: store.nextId(),
      productId: product.id,
      variantId: variant.id,
      title: product.title,
      variantTitle: variant.title === "Default Title" ? null : variant.title,
      sku: variant.sku || null,
      quantity: line.quantity,
      price: variant.price,
      discount: "0.00",
      sellingPlanId: line.sellingPlanId,
    }));
    for (const { line, variant } of priced.lines) variant.inventoryQuantity -= line.quantity;

    const placedAt = now.toISOString();
    const total = fromCents(priced.totalPrice);
    const placed: DevOrder = {
      id: store.nextId(),
      name: `#${number + 1000}`,
      number,
      customerId: customer?.id ?? null,
      email: form.email,
      currencyCode: state.shop.currencyCode,
      lines,
      subtotal: total,
      totalDiscounts: "0.00",
      totalTax: "0.00",
      totalShipping: "0.00",
      total,
      financialStatus: "PAID",
      fulfillmentStatus: "UNFULFILLED",
      noteAttributes: Object.entries(cart.attributes).map(([name, value]) => ({ name, value })),
      createdAt: placedAt,
      processedAt: placedAt,
      cancelledAt: null,
      cancelReason: null,
      refunds: [],
      // The dev store stands in for a live shop: its orders count like real ones.
      test: false,
    };
    state.orders.push(placed);
    return placed;
  });
  if (order) {
    store.events.emit("orders/create", order.id);
    store.events.emit("orders/paid", order.id);
  }
  return order;
}
