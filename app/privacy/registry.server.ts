import type { DataOwner } from "./data-owner";
import { discountDataOwners } from "../discounts/privacy.server";
import { pixelDataOwners } from "../pixel/privacy.server";
import { preorderDataOwners } from "../preorders/privacy.server";
import { foundationDataOwners } from "./foundation-owners.server";

/**
 * Every table that holds a shop's or a customer's data, by owner. A capability adds its
 * list here when it adds tables; tests/privacy/registry.test.ts fails for any model with
 * a `shop` or `customer…` field that is missing.
 */
export const dataOwners: readonly DataOwner[] = [
  ...foundationDataOwners,
  ...preorderDataOwners,
  ...pixelDataOwners,
  ...discountDataOwners,
];
