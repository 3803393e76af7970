import { activeAutomaticDiscounts } from "../../../state/discount-status";
import type { DevAutomaticAppDiscount, DevStoreState } from "../../../state/types";
import { combineDiscounts, type AppliedDiscount } from "./combine-discounts";
import { InvalidOutput, proposalsOf, type Proposals } from "./discount-proposals";
import type { FunctionCartLine } from "./function-input-root";
import { APP_EXTENSIONS_DIR } from "./function-extensions";
import { runDiscountFunction } from "./run-discount-function";

/**
 * The automatic discounts a cart gets at `now`: every discount active then runs its
 * Function on the cart (oldest discount first, as Shopify runs them side by side, none
 * seeing the others), and combineDiscounts picks what applies. A discount whose run fails
 * gives nothing; the reason goes to the console, as Shopify files it in the app's function
 * run log.
 */
export function automaticDiscounts(
  state: DevStoreState,
  lines: FunctionCartLine[],
  attributes: Record<string, string>,
  now: Date,
  extensionsDir = APP_EXTENSIONS_DIR,
): AppliedDiscount[] {
  if (lines.length === 0) return [];
  const discountLines = lines.map(({ id, line, unitPrice, linePrice }) => ({
    id,
    quantity: line.quantity,
    unitPrice,
    linePrice,
  }));
  const proposals: Proposals = { product: [], order: [] };
  for (const discount of activeAutomaticDiscounts(state.automaticDiscounts, now)) {
    const run = runDiscountFunction({ state, discount, lines, attributes, now }, extensionsDir);
    if (!run.ok) {
      console.warn(`[devstore discounts] ${discount.title} (${discount.id}) gave no discount: ${run.reason}`);
      continue;
    }
    try {
      const proposed = proposalsOf(discount, run.output, discountLines, (lineId) =>
        appliesTo(
          discount,
          lines.find((line) => line.id === lineId)!,
        ),
      );
      proposals.product.push(...proposed.product);
      proposals.order.push(...proposed.order);
    } catch (error) {
      if (!(error instanceof InvalidOutput)) throw error;
      console.warn(
        `[devstore discounts] ${discount.title} (${discount.id}) gave no discount: invalid output: ${error.message}`,
      );
    }
  }
  return combineDiscounts(proposals, discountLines);
}

/** A subscription is a line on a plan that delivers again and again; anything else is a one-time purchase. */
function appliesTo(discount: DevAutomaticAppDiscount, line: FunctionCartLine): boolean {
  const subscription = line.allocation?.plan.deliveryPolicy.kind === "recurring";
  return subscription ? discount.appliesOnSubscription : discount.appliesOnOneTimePurchase;
}
