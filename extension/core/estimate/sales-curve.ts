import type { SalesCurve } from "./curves";

/**
 * Monthly units a curve gives at a BSR (rank ≥ 1). Between breakpoints the curve is a straight line in
 * log(rank)–log(units), i.e. a local power law; past the last breakpoint it continues with the curve's tail exponent.
 */
export function unitsAtRank(curve: SalesCurve, rank: number): number {
  if (curve.kind === "power-law") return curve.a * Math.pow(rank, -curve.b);

  const points = curve.points;
  const [firstRank, firstUnits] = points[0];
  if (rank <= firstRank) return firstUnits;
  for (let i = 1; i < points.length; i++) {
    const [rightRank, rightUnits] = points[i];
    if (rank <= rightRank) {
      const [leftRank, leftUnits] = points[i - 1];
      const t = Math.log(rank / leftRank) / Math.log(rightRank / leftRank);
      return leftUnits * Math.pow(rightUnits / leftUnits, t);
    }
  }
  const [lastRank, lastUnits] = points[points.length - 1];
  return lastUnits * Math.pow(rank / lastRank, -curve.tailExponent);
}
