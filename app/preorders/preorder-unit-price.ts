/**
 * What one preordered unit is expected to bring before the first sale shows it: the mean of the
 * variants' prices after the preorder discount, to the cent. Null when no variant has a price.
 */
export function preorderUnitPrice(prices: number[], discountPercent: number): number | null {
  const known = prices.filter((price) => Number.isFinite(price) && price > 0);
  if (known.length === 0) return null;
  const mean = known.reduce((sum, price) => sum + price, 0) / known.length;
  return Math.round(mean * (100 - discountPercent)) / 100;
}
