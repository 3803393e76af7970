/**
 * `{{ product | json }}`: drops serialize through their toJSON. Like Shopify's, the output
 * escapes <, > and & so that it is safe inside a <script> tag.
 */
export function jsonFilter(value: unknown): string {
  return (JSON.stringify(value ?? null) ?? "null")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
