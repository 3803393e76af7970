/** DiscountUserError; `code` is a DiscountErrorCode, or null where Shopify gives none. */
export interface DiscountUserError {
  field: string[] | null;
  message: string;
  code: string | null;
  extraInfo: string | null;
}

export function discountUserError(field: string[] | null, message: string, code: string | null): DiscountUserError {
  return { field, message, code, extraInfo: null };
}
