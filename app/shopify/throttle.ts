/** Shopify's cost report on every Admin GraphQL response (`extensions.cost`). */
export interface QueryCost {
  requestedQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

/**
 * How long to wait before a throttled request can run: until the leaky bucket has restored
 * enough points for its requested cost (Shopify restores `restoreRate` points a second).
 * Null when waiting cannot help: the query costs more than the bucket can ever hold.
 */
export function throttleWaitMs(cost: QueryCost): number | null {
  const { maximumAvailable, currentlyAvailable, restoreRate } = cost.throttleStatus;
  if (cost.requestedQueryCost > maximumAvailable || restoreRate <= 0) return null;
  const missing = Math.max(0, cost.requestedQueryCost - currentlyAvailable);
  return Math.ceil((missing / restoreRate) * 1000);
}
