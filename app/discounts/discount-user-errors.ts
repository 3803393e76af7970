import type { TierKind } from "./tiered-discount-draft";
import type { TieredDiscountFormErrors } from "./tiered-discount-form";

export interface DiscountUserError {
  field: string[] | null;
  message: string;
  code?: string | null;
}

/**
 * Shopify's userErrors on a discountAutomaticApp mutation as form errors, each next to the
 * field it names (["automaticAppDiscount", "title"] → title). A time-tiered discount's start
 * and end come from its tiers, so errors about them go to the tiers table; anything the form
 * has no field for (the function, the metafield) goes to the page's banner.
 */
export function formErrorsOf(userErrors: DiscountUserError[], kind: TierKind): TieredDiscountFormErrors {
  const errors: TieredDiscountFormErrors = {};
  for (const error of userErrors) {
    const field = formField(error.field ?? [], kind);
    errors[field] = errors[field] ? `${errors[field]} ${error.message}` : error.message;
  }
  return errors;
}

function formField(path: string[], kind: TierKind): string {
  const name = path[0] === "automaticAppDiscount" ? path[1] : undefined;
  switch (name) {
    case "title":
    case "combinesWith":
      return name;
    case "startsAt":
    case "endsAt":
      return kind === "time" ? "tiers" : name;
    default:
      return "form";
  }
}
