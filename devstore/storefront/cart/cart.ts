import { createHash } from "node:crypto";

/** A line in the cart. Prices are not stored: they are read from the shop when the cart is shown. */
export interface CartLine {
  /** "<variantId>:<hash of properties and selling plan>", as in Shopify's Ajax cart. */
  key: string;
  variantId: string;
  quantity: number;
  properties: Record<string, string>;
  sellingPlanId: string | null;
}

export interface Cart {
  token: string;
  lines: CartLine[];
  /** Cart attributes (the A/B test assignment travels here to the order's note attributes). */
  attributes: Record<string, string>;
  note: string;
}

export interface LineToAdd {
  variantId: string;
  quantity: number;
  properties: Record<string, string>;
  sellingPlanId: string | null;
}

/** Adds to the line with the same variant, properties and selling plan, or appends a new one. */
export function addLine(cart: Cart, item: LineToAdd): CartLine {
  const key = lineKey(item);
  const existing = cart.lines.find((line) => line.key === key);
  if (existing) {
    existing.quantity += item.quantity;
    return existing;
  }
  const line = { key, ...item };
  cart.lines.push(line);
  return line;
}

/** Sets the quantity of the line at a 1-based position (Shopify's `line`); 0 removes it. */
export function changeLineQuantity(cart: Cart, position: number, quantity: number): boolean {
  const line = cart.lines[position - 1];
  if (!line) return false;
  if (quantity <= 0) cart.lines.splice(position - 1, 1);
  else line.quantity = quantity;
  return true;
}

/** Sets the quantity of the lines with this line key or variant id (Shopify's `id` and `updates`); 0 removes them. */
export function changeQuantityOf(cart: Cart, keyOrVariantId: string, quantity: number): boolean {
  const matches = (line: CartLine) => line.key === keyOrVariantId || line.variantId === keyOrVariantId;
  if (!cart.lines.some(matches)) return false;
  if (quantity <= 0) cart.lines = cart.lines.filter((line) => !matches(line));
  else for (const line of cart.lines.filter(matches)) line.quantity = quantity;
  return true;
}

/** Merges attributes; an empty value removes the attribute, as on Shopify. */
export function updateAttributes(cart: Cart, attributes: Record<string, string>) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === "") delete cart.attributes[name];
    else cart.attributes[name] = value;
  }
}

export function emptyCart(cart: Cart) {
  cart.lines = [];
  cart.attributes = {};
  cart.note = "";
}

function lineKey(item: LineToAdd) {
  const identity = JSON.stringify([Object.entries(item.properties).sort(), item.sellingPlanId]);
  return `${item.variantId}:${createHash("md5").update(identity).digest("hex")}`;
}
