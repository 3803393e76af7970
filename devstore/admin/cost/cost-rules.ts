/**
 * Shopify's query cost rules as documented (scalars and enums 0, objects 1, interfaces and
 * unions their costliest selection, connections sized by first/last, mutations 10), with
 * the refinements the captured responses show:
 *
 * - a connection costs 2 + pageSize(n) × (cost of one node), where pageSize grows with the
 *   logarithm of first/last (1→1, 2→1, 3→2, 5→3, 10→4, 50→7, 250→11) rather than linearly,
 *   and a selection of both `nodes` and `edges` pays for each;
 * - a mutation costs 10 plus what its payload's objects select below them;
 * - root `…Count` fields cost 10;
 * - money objects and consent states are free, as are a few embedded objects.
 */

export const MUTATION_COST = 10;
export const ROOT_COUNT_COST = 10;
export const CONNECTION_BASE_COST = 2;
export const MAX_QUERY_COST = 1000;

/** How many nodes a connection of `first`/`last` n is charged for: floor(2·ln n), at least 1. */
export function connectionPageSize(n: number): number {
  if (n <= 0) return 0;
  return Math.max(1, Math.floor(2 * Math.log(n)));
}

/** Object types Shopify charges nothing for. */
export const FREE_TYPES = new Set([
  "MoneyV2",
  "MoneyBag",
  "CustomerEmailMarketingConsentState",
  "CustomerSmsMarketingConsentState",
  "WebhookSubscriptionEndpoint",
  // shop { currencyCode currencyFormats { … } } costs 1 (selling-plans/selling-plan-group-summary.json).
  "CurrencyFormats",
]);

/** Object fields Shopify charges nothing for, as "Type.field". */
export const FREE_FIELDS = new Set(["Customer.defaultAddress"]);
