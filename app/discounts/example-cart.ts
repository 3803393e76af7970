import type {
  CartLine,
  CartLinesDiscountsGenerateRunInput,
} from "../../storefront/tiered-discount/src/cart-lines-discounts-generate-run-input";
import type { CartOperation } from "../../storefront/tiered-discount/src/cart-lines-discounts-generate-run-result";
import { cartLinesDiscountsGenerateRun } from "../../storefront/tiered-discount/src/cart_lines_discounts_generate_run";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import { requiredDiscountClass } from "../../storefront/tiered-discount/src/required-discount-class";
import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import { roundToMinorUnit } from "../preorders/currency-amount";
import { localTimeClock } from "./local-time-clock";

/**
 * An example cart for each tier, priced by running the Discount Function itself on it, so the
 * preview shows what checkout will do: for a time tier, 2 of the sample product at the tier's
 * first minute; for a quantity tier, its minimum quantity; for a spend tier, just enough of
 * the sample to reach its minimum subtotal.
 */

/** A product the discount applies to, with its price in the shop's currency. */
export interface SampleProduct {
  id: string;
  title: string;
  price: string;
  /** In one of the config's collections (the Function asks Shopify this). */
  inAnyCollection: boolean;
}

export interface ExampleCart {
  quantity: number;
  subtotal: number;
  discount: number;
  total: number;
  /** What buyers read at checkout; null when the Function gave no discount. */
  message: string | null;
}

const EXAMPLE_LINE_ID = "gid://shopify/CartLine/1";

export function exampleCarts(config: TieredDiscountConfig, sample: SampleProduct, currency: string): ExampleCart[] {
  const price = Number(sample.price);
  return config.tiers.map((_tier, i) => {
    const quantity = exampleQuantity(config, i, price);
    const line: CartLine = {
      id: EXAMPLE_LINE_ID,
      quantity,
      cost: { subtotalAmount: { amount: String(roundToMinorUnit(price * quantity, currency)) } },
      merchandise: { product: { id: sample.id, isGiftCard: false, inAnyCollection: sample.inAnyCollection } },
    };
    const localNow = config.kind === "time" ? config.tiers[i].startsAt : "2000-01-01T00:00:00";
    const input: CartLinesDiscountsGenerateRunInput = {
      cart: { lines: [line] },
      discount: {
        discountClasses: [requiredDiscountClass(config)],
        metafield: { jsonValue: functionConfigurationMetafieldValue(config) },
      },
      presentmentCurrencyRate: "1.0",
      shop: { localTime: localTimeClock(config, localNow) },
    };
    const { operations } = cartLinesDiscountsGenerateRun(input);
    return priced([line], operations, currency);
  });
}

function exampleQuantity(config: TieredDiscountConfig, tier: number, price: number): number {
  switch (config.kind) {
    case "time":
      return 2;
    case "quantity":
      return config.tiers[tier].minimumQuantity;
    case "spend":
      return price > 0 ? Math.max(1, Math.ceil(Number(config.tiers[tier].minimumSubtotal) / price)) : 1;
  }
}

/** The cart's totals once Shopify applies the operations (each has one candidate: the first). */
export function priced(lines: CartLine[], operations: CartOperation[], currency: string): ExampleCart {
  const lineSubtotal = new Map(lines.map((line) => [line.id, Number(line.cost.subtotalAmount.amount)]));
  const subtotal = [...lineSubtotal.values()].reduce((sum, amount) => sum + amount, 0);
  let discount = 0;
  let message: string | null = null;
  for (const operation of operations) {
    if ("productDiscountsAdd" in operation) {
      const candidate = operation.productDiscountsAdd.candidates[0];
      message = candidate.message;
      for (const { cartLine } of candidate.targets) {
        const amount = lineSubtotal.get(cartLine.id) ?? 0;
        const quantity = lines.find((line) => line.id === cartLine.id)?.quantity ?? 0;
        const off =
          "percentage" in candidate.value
            ? (amount * Number(candidate.value.percentage.value)) / 100
            : Number(candidate.value.fixedAmount.amount) *
              (candidate.value.fixedAmount.appliesToEachItem ? quantity : 1);
        discount += Math.min(amount, roundToMinorUnit(off, currency));
      }
    } else {
      const candidate = operation.orderDiscountsAdd.candidates[0];
      message = candidate.message;
      const excluded = new Set(candidate.targets.flatMap((target) => target.orderSubtotal.excludedCartLineIds));
      const base = lines
        .filter((line) => !excluded.has(line.id))
        .reduce((sum, line) => sum + lineSubtotal.get(line.id)!, 0);
      const off =
        "percentage" in candidate.value
          ? (base * Number(candidate.value.percentage.value)) / 100
          : Number(candidate.value.fixedAmount.amount);
      discount += Math.min(base, roundToMinorUnit(off, currency));
    }
  }
  const quantity = lines.reduce((sum, line) => sum + line.quantity, 0);
  const rounded = roundToMinorUnit(discount, currency);
  return { quantity, subtotal, discount: rounded, total: roundToMinorUnit(subtotal - rounded, currency), message };
}
