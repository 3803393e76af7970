import type { DevStore } from "../../state/store";
import type { DevOrder, DevOrderLine } from "../../state/types";
import type { Cart } from "../cart/cart";
import { priceCart } from "../cart/priced-cart";
import { fromCents, toCents } from "../money";
import { balanceTerms } from "./balance-terms";
import { lineDiscountAllocations, orderDiscountApplications } from "./order-discounts";
import type { CheckoutForm } from "./checkout-form";
import { vaultCard } from "./vault-card";

/**
 * Turns the cart into a paid order, as a completed Shopify checkout would: numbered after
 * the shop's last order, cart attributes kept as note attributes, the customer matched by
 * email (a guest order otherwise), inventory taken. Lines bought on a selling plan keep it,
 * at the plan's price; a preorder's deposit plan charges only its checkout charge: the order
 * is partially paid, the balance is on payment terms, and the buyer's card is vaulted for
 * the app to collect it later. The automatic discounts active at `now` apply, and the order
 * keeps them (discount applications, each line's allocations). Then emits orders/create (and orders/paid when paid in full)
 * for the webhook sender. Returns null when nothing in the cart can be bought.
 */
export function placeOrder(store: DevStore, cart: Cart, form: CheckoutForm, now: Date): DevOrder | null {
  const order = store.change((state): DevOrder | null => {
    const priced = priceCart(state, cart, now);
    if (!priced.lines.length) return null;
    // As on Shopify, `number` counts the shop's orders from 1 and the name adds 1000: #1001, #1002…
    const number = Math.max(0, ...state.orders.map((existing) => existing.number)) + 1;
    const customer = state.customers.find((candidate) => candidate.email.toLowerCase() === form.email.toLowerCase());
    const lines = priced.lines.map((pricedLine): DevOrderLine => {
      const { line, product, variant, allocation, unitPrice } = pricedLine;
      return {
        id: store.nextId(),
        productId: product.id,
        variantId: variant.id,
        title: product.title,
        variantTitle: variant.title === "Default Title" ? null : variant.title,
        sku: variant.sku || null,
        quantity: line.quantity,
        price: fromCents(unitPrice),
        ...lineDiscountAllocations(priced, pricedLine),
        sellingPlanId: allocation ? allocation.plan.id : null,
        ...(allocation ? { sellingPlanName: allocation.plan.name } : {}),
      };
    });
    for (const { line, variant } of priced.lines) variant.inventoryQuantity -= line.quantity;

    const placedAt = now.toISOString();
    const total = fromCents(priced.totalPrice);
    const discountApplications = orderDiscountApplications(priced);
    const paymentTerms = balanceTerms(priced, now, () => store.nextId());
    const placed: DevOrder = {
      id: store.nextId(),
      name: `#${number + 1000}`,
      number,
      customerId: customer?.id ?? null,
      email: form.email,
      currencyCode: state.shop.currencyCode,
      lines,
      subtotal: fromCents(priced.originalTotalPrice),
      totalDiscounts: fromCents(priced.totalDiscount),
      totalTax: "0.00",
      totalShipping: "0.00",
      total,
      financialStatus: paymentTerms
        ? toCents(paymentTerms.paidAtCheckout) > 0
          ? "PARTIALLY_PAID"
          : "PENDING"
        : "PAID",
      fulfillmentStatus: "UNFULFILLED",
      noteAttributes: Object.entries(cart.attributes).map(([name, value]) => ({ name, value })),
      createdAt: placedAt,
      processedAt: placedAt,
      cancelledAt: null,
      cancelReason: null,
      refunds: [],
      // The dev store stands in for a live shop: its orders count like real ones.
      test: false,
      ...(paymentTerms ? { paymentTerms, paymentMandates: [vaultCard(now, () => store.nextId())] } : {}),
      ...(discountApplications.length ? { discountApplications } : {}),
    };
    state.orders.push(placed);
    return placed;
  });
  if (order) {
    store.events.emit("orders/create", order.id);
    // orders/paid waits for the balance of an order paid by deposit.
    if (order.financialStatus === "PAID") store.events.emit("orders/paid", order.id);
  }
  return order;
}
