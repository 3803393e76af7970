import { Shopper } from "../storefront/storefront-server";

/**
 * Places an order in a running dev store the way a shopper does: the lines go into a new
 * cart through the Ajax API (/cart/add.js, with `selling_plan` on the lines bought on one,
 * e.g. a preorder), then the one-page checkout is submitted. The dev store then sends the
 * app orders/create, signed (and orders/paid when the order was paid in full, not by
 * deposit). For tests across the app and the dev store:
 *
 *   const group = … sellingPlanGroupCreate over the dev store's Admin API …;
 *   for (const email of buyers) await checkout(devStore.url, { email, lines: [{ variantId, sellingPlanId }] });
 */

export interface CheckoutLine {
  /** The variant: its numeric id or its gid (gid://shopify/ProductVariant/…). */
  variantId: string | number;
  quantity?: number;
  /** The selling plan the line is bought on: numeric id or gid (gid://shopify/SellingPlan/…); none for a plain purchase. */
  sellingPlanId?: string | number | null;
}

export interface CheckoutOrder {
  lines: CheckoutLine[];
  /** The buyer; an existing customer's email makes it their order, any other a guest's. */
  email?: string;
  /** Cart attributes, kept as the order's note attributes. */
  attributes?: Record<string, string>;
}

export interface PlacedOrder {
  /** The order's numeric id, as webhooks carry it. */
  id: string;
  /** gid://shopify/Order/<id>, for the Admin API. */
  gid: string;
}

const ADDRESS = {
  firstName: "Test",
  lastName: "Buyer",
  address1: "1 Market Street",
  zip: "94105",
  city: "San Francisco",
  country: "US",
};

const numeric = (id: string | number) => String(id).replace(/^gid:\/\/shopify\/\w+\//, "");

/** Throws with the dev store's answer when the cart or the checkout refuses the order. */
export async function checkout(storefrontUrl: string, order: CheckoutOrder): Promise<PlacedOrder> {
  const shopper = new Shopper(storefrontUrl);
  const items = order.lines.map((line) => ({
    id: Number(numeric(line.variantId)),
    quantity: line.quantity ?? 1,
    ...(line.sellingPlanId != null ? { selling_plan: Number(numeric(line.sellingPlanId)) } : {}),
  }));
  const added = await shopper.postJson("/cart/add.js", { items });
  if (!added.ok) throw new Error(`The cart refused the lines (${added.status}): ${await added.text()}`);
  if (order.attributes) await shopper.postJson("/cart/update.js", { attributes: order.attributes });

  const placed = await shopper.submit("/checkout", { ...ADDRESS, email: order.email ?? "buyer@example.com" });
  const id = /^\/orders\/(\d+)$/.exec(placed.headers.get("location") ?? "")?.[1];
  if (placed.status !== 302 || !id) throw new Error(`The checkout refused the order (${placed.status})`);
  return { id, gid: `gid://shopify/Order/${id}` };
}
