import type { DevAutomaticAppDiscount } from "./types";

export type DiscountStatus = "SCHEDULED" | "ACTIVE" | "EXPIRED";

/** Shopify derives a discount's status from its window and the shop's clock: it runs from startsAt until endsAt. */
export function discountStatus(
  discount: Pick<DevAutomaticAppDiscount, "startsAt" | "endsAt">,
  now: Date,
): DiscountStatus {
  if (now.getTime() < Date.parse(discount.startsAt)) return "SCHEDULED";
  if (discount.endsAt !== null && now.getTime() >= Date.parse(discount.endsAt)) return "EXPIRED";
  return "ACTIVE";
}

/** The app's automatic discounts that apply at `now`, oldest first. */
export function activeAutomaticDiscounts(discounts: DevAutomaticAppDiscount[] | undefined, now: Date) {
  return (discounts ?? []).filter((discount) => discountStatus(discount, now) === "ACTIVE");
}
