import type { CartLine } from "./cart-lines-discounts-generate-run-input";
import type {
  CartOperation,
  OrderDiscountCandidate,
  ProductDiscountCandidate,
} from "./cart-lines-discounts-generate-run-result";

/** One discount on the given lines. A single candidate, so FIRST simply applies it. */
export function productDiscountOperation(
  lines: CartLine[],
  value: ProductDiscountCandidate["value"],
  message: string,
): CartOperation {
  return {
    productDiscountsAdd: {
      candidates: [{ message, targets: lines.map((line) => ({ cartLine: { id: line.id } })), value }],
      selectionStrategy: "FIRST",
    },
  };
}

/** One discount off the order subtotal, leaving out the excluded lines. */
export function orderDiscountOperation(
  excludedCartLineIds: string[],
  value: OrderDiscountCandidate["value"],
  message: string,
): CartOperation {
  return {
    orderDiscountsAdd: {
      candidates: [{ message, targets: [{ orderSubtotal: { excludedCartLineIds } }], value }],
      selectionStrategy: "FIRST",
    },
  };
}

export function percentageOff(percentage: number): { percentage: { value: string } } {
  return { percentage: { value: String(percentage) } };
}
