/**
 * A cart.lines.discounts.generate.run result as the Discount Function API defines it
 * (CartLinesDiscountsGenerateRunResult), once coerced against the schema: Decimals are
 * strings, defaults are filled in, and each @oneOf input holds exactly one of its fields.
 */
export interface CartLinesDiscountsResult {
  operations: CartOperation[];
}

export interface CartOperation {
  productDiscountsAdd?: {
    candidates: ProductDiscountCandidate[];
    selectionStrategy: "ALL" | "FIRST" | "MAXIMUM";
  };
  orderDiscountsAdd?: {
    candidates: OrderDiscountCandidate[];
    selectionStrategy: "FIRST" | "MAXIMUM";
  };
  /** Discount codes only: automatic discounts have none to accept. */
  enteredDiscountCodesAccept?: unknown;
}

export interface ProductDiscountCandidate {
  message?: string | null;
  targets: { cartLine: { id: string; quantity?: number | null } }[];
  value: { percentage?: { value: string }; fixedAmount?: { amount: string; appliesToEachItem: boolean } };
  associatedDiscountCode?: unknown;
}

export interface OrderDiscountCandidate {
  message?: string | null;
  targets: { orderSubtotal: { excludedCartLineIds: string[] } }[];
  value: { percentage?: { value: string }; fixedAmount?: { amount: string } };
  conditions?: unknown[] | null;
  associatedDiscountCode?: unknown;
}
