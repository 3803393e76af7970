import type { TieredDiscountConfig } from "./tiered-discount-config";
import { MAX_TIME_TIERS } from "./tiered-discount-limits";

/**
 * The input query's variables. Shopify fills each from the top-level key of the same name in
 * the discount's function-configuration metafield ([extensions.input.variables]), so the admin
 * writes them there next to the config.
 */
export type TieredDiscountInputVariables = {
  collectionIds: string[];
  [boundary: `timeTier${number}Start` | `timeTier${number}End`]: string;
};

/**
 * A window that started and ended long before any cart: what an unused time-tier slot asks
 * about. The query declares every boundary non-null (a null one fails the Function's run),
 * so unused slots need a value too.
 */
export const UNUSED_TIME_TIER_BOUNDARY = "2000-01-01T00:00:00";

export function timeTierStartVariable(index: number) {
  return `timeTier${index}Start` as const;
}

export function timeTierEndVariable(index: number) {
  return `timeTier${index}End` as const;
}

export function inputVariables(config: TieredDiscountConfig): TieredDiscountInputVariables {
  const variables: TieredDiscountInputVariables = {
    collectionIds: config.kind !== "spend" && config.appliesTo !== "allProducts" ? config.appliesTo.collectionIds : [],
  };
  const timeTiers = config.kind === "time" ? config.tiers : [];
  for (let index = 0; index < MAX_TIME_TIERS; index++) {
    variables[timeTierStartVariable(index)] = timeTiers[index]?.startsAt ?? UNUSED_TIME_TIER_BOUNDARY;
    variables[timeTierEndVariable(index)] = timeTiers[index]?.endsAt ?? UNUSED_TIME_TIER_BOUNDARY;
  }
  return variables;
}
