/**
 * The numeric id of a Shopify resource, from either form the web pixel API hands out: "123"
 * or "gid://shopify/Product/123". Null for anything else (another type's gid, a handle…).
 */
export function numericShopifyId(value: string, type: "Product" | "ProductVariant"): string | null {
  if (/^[1-9]\d{0,19}$/.test(value)) return value;
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/([1-9]\d{0,19})$/.exec(value);
  return match && match[1] === type ? match[2] : null;
}
