/**
 * The Function's output, the part of the Discount Function API's CartLinesDiscountsGenerateRunResult
 * it uses. Decimals are strings.
 */
export type CartLinesDiscountsGenerateRunResult = { operations: CartOperation[] };

export type CartOperation =
  { productDiscountsAdd: ProductDiscountsAddOperation } | { orderDiscountsAdd: OrderDiscountsAddOperation };

export type ProductDiscountsAddOperation = {
  candidates: ProductDiscountCandidate[];
  selectionStrategy: "ALL" | "FIRST" | "MAXIMUM";
};

export type ProductDiscountCandidate = {
  message: string;
  targets: { cartLine: { id: string } }[];
  value: { percentage: { value: string } } | { fixedAmount: { amount: string; appliesToEachItem: boolean } };
};

export type OrderDiscountsAddOperation = {
  candidates: OrderDiscountCandidate[];
  selectionStrategy: "FIRST" | "MAXIMUM";
};

export type OrderDiscountCandidate = {
  message: string;
  targets: { orderSubtotal: { excludedCartLineIds: string[] } }[];
  value: { percentage: { value: string } } | { fixedAmount: { amount: string } };
};
