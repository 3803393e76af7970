/**
 * How often a term occurs in a target corpus and a reference corpus: `target` of `targetTotal` units (documents or
 * tokens) contain it in the target, `reference` of `referenceTotal` in the reference.
 */
export interface TermFrequencies {
  target: number;
  targetTotal: number;
  reference: number;
  referenceTotal: number;
}

/** χ² with one degree of freedom at p = 0.05: G² above it means the difference is significant at 5 %. */
export const G2_CRITICAL_P05 = 3.841458820694124;

/**
 * Dunning's log-likelihood ratio G² for the 2×2 table (Dunning 1993, "Accurate methods for the statistics of surprise
 * and coincidence", Computational Linguistics 19(1)):
 *
 *                 target      reference
 *   with term     a           b
 *   without       c = A − a   d = B − b        (A = targetTotal, B = referenceTotal, N = A + B)
 *
 * G² = 2 Σ O·ln(O/E) over the four cells, E = row total × column total / N; 0·ln 0 = 0. Written as
 * 2·[Σ x·ln x over the cells − Σ over the row and column totals + N·ln N], which is the same sum.
 * This is the form to use with document frequencies ("how many reviews contain the phrase"): each review is one
 * Bernoulli draw, and the "without" cells are not small next to the "with" cells.
 */
export function dunningG2(frequencies: TermFrequencies): number {
  const { target: a, reference: b } = checked(frequencies);
  const c = frequencies.targetTotal - a;
  const d = frequencies.referenceTotal - b;
  const n = a + b + c + d;
  const g2 =
    2 * (xlnx(a) + xlnx(b) + xlnx(c) + xlnx(d) - xlnx(a + b) - xlnx(c + d) - xlnx(a + c) - xlnx(b + d) + xlnx(n));
  return Math.max(0, g2);
}

/**
 * The corpus-linguistics log-likelihood of Rayson & Garside (2000, "Comparing corpora using frequency profiling",
 * WCC workshop, ACL), which keeps only the two "with term" cells:
 *   E₁ = A·(a + b)/N, E₂ = B·(a + b)/N, LL = 2·(a·ln(a/E₁) + b·ln(b/E₂)).
 * It approaches dunningG2 when the term is rare (a ≪ A, b ≪ B), as word frequencies in large corpora are.
 */
export function raysonGarsideLogLikelihood(frequencies: TermFrequencies): number {
  const { target: a, targetTotal, reference: b, referenceTotal } = checked(frequencies);
  const n = targetTotal + referenceTotal;
  if (n === 0 || a + b === 0) return 0;
  const expectedTarget = (targetTotal * (a + b)) / n;
  const expectedReference = (referenceTotal * (a + b)) / n;
  return Math.max(0, 2 * (olnoe(a, expectedTarget) + olnoe(b, expectedReference)));
}

/** The term is relatively more frequent in the target than in the reference (an empty corpus counts as 0 %). */
export function isOverRepresented({ target, targetTotal, reference, referenceTotal }: TermFrequencies): boolean {
  const targetShare = targetTotal > 0 ? target / targetTotal : 0;
  const referenceShare = referenceTotal > 0 ? reference / referenceTotal : 0;
  return targetShare > referenceShare;
}

function xlnx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

function olnoe(observed: number, expected: number): number {
  return observed > 0 ? observed * Math.log(observed / expected) : 0;
}

function checked(frequencies: TermFrequencies): TermFrequencies {
  const { target, targetTotal, reference, referenceTotal } = frequencies;
  const valid =
    [target, targetTotal, reference, referenceTotal].every((count) => Number.isFinite(count) && count >= 0) &&
    target <= targetTotal &&
    reference <= referenceTotal;
  if (!valid) throw new RangeError(`Inconsistent term frequencies: ${JSON.stringify(frequencies)}`);
  return frequencies;
}
