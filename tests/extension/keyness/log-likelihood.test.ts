import { describe, expect, it } from "vitest";
import {
  dunningG2,
  G2_CRITICAL_P05,
  isOverRepresented,
  raysonGarsideLogLikelihood,
} from "../../../extension/core/keyness/log-likelihood";

// Formulas: Dunning 1993 (G² = 2 Σ O·ln(O/E) over the 2×2 table, E = row total · column total / N) and Rayson &
// Garside 2000 (LL = 2·(a·ln(a/E₁) + b·ln(b/E₂)), E₁ = A·(a+b)/N, E₂ = B·(a+b)/N), as in research doc §5.
// Every expected value is worked out by hand below; ln values to 7 decimals.

describe("raysonGarsideLogLikelihood", () => {
  it("should match the two-cell formula worked by hand", () => {
    // a = 12 of A = 40 low-star reviews, b = 6 of B = 160 high-star reviews; N = 200, a + b = 18.
    // E₁ = 40·18/200 = 3.6; E₂ = 160·18/200 = 14.4
    // LL = 2·(12·ln(12/3.6) + 6·ln(6/14.4)) = 2·(12·1.2039728 + 6·(−0.8754687)) = 2·(14.4476737 − 5.2528124)
    //    = 18.38972
    expect(raysonGarsideLogLikelihood({ target: 12, targetTotal: 40, reference: 6, referenceTotal: 160 })).toBeCloseTo(
      18.38972,
      5,
    );
  });

  it("should treat 0·ln 0 as 0", () => {
    // a = 0 of 20, b = 5 of 80; N = 100; E₂ = 80·5/100 = 4; LL = 2·(0 + 5·ln(5/4)) = 10·0.2231436 = 2.23144
    expect(raysonGarsideLogLikelihood({ target: 0, targetTotal: 20, reference: 5, referenceTotal: 80 })).toBeCloseTo(
      2.23144,
      5,
    );
  });
});

describe("dunningG2", () => {
  it("should add the two 'without the term' cells to the two-cell sum", () => {
    // Same table: c = 40 − 12 = 28, d = 160 − 6 = 154; E₃ = 40·182/200 = 36.4, E₄ = 160·182/200 = 145.6
    // 28·ln(28/36.4) = 28·(−0.26236426) = −7.3461994; 154·ln(154/145.6) = 154·0.05608947 = 8.6377779
    // G² = 18.3897225 + 2·(−7.3461994 + 8.6377779) = 18.3897225 + 2.5831570 = 20.97288
    expect(dunningG2({ target: 12, targetTotal: 40, reference: 6, referenceTotal: 160 })).toBeCloseTo(20.97288, 5);
  });

  it("should give 12·ln 2 when a phrase is in all 3 low-star reviews and none of 3 high-star ones", () => {
    // a = 3, b = 0, c = 0, d = 3; every E = 1.5. G² = 2·(3·ln(3/1.5) + 3·ln(3/1.5)) = 12·ln 2 = 8.31777
    expect(dunningG2({ target: 3, targetTotal: 3, reference: 0, referenceTotal: 3 })).toBeCloseTo(8.31777, 5);
    // Rayson & Garside keep only a and b: E₁ = 3·3/6 = 1.5; LL = 2·3·ln 2 = 4.15888, half of G² here:
    // the two-cell form undercounts when a phrase is in most documents.
    expect(raysonGarsideLogLikelihood({ target: 3, targetTotal: 3, reference: 0, referenceTotal: 3 })).toBeCloseTo(
      4.15888,
      5,
    );
  });

  it("should treat empty cells as 0·ln 0 = 0", () => {
    // a = 0 of 20, b = 5 of 80: c = 20, d = 75; E₁ = 1, E₂ = 4, E₃ = 19, E₄ = 76.
    // G² = 2·(0 + 5·ln(5/4) + 20·ln(20/19) + 75·ln(75/76)) = 2·(1.1157178 + 1.0258659 − 0.9933917) = 2.29638
    expect(dunningG2({ target: 0, targetTotal: 20, reference: 5, referenceTotal: 80 })).toBeCloseTo(2.29638, 5);
  });

  it("should be 0 when the term is equally frequent on both sides, or a side is empty", () => {
    expect(dunningG2({ target: 5, targetTotal: 50, reference: 5, referenceTotal: 50 })).toBe(0);
    expect(dunningG2({ target: 4, targetTotal: 10, reference: 0, referenceTotal: 0 })).toBe(0);
    expect(dunningG2({ target: 0, targetTotal: 0, reference: 0, referenceTotal: 0 })).toBe(0);
  });

  it("should not care which corpus is the target", () => {
    const forward = dunningG2({ target: 12, targetTotal: 40, reference: 6, referenceTotal: 160 });
    const backward = dunningG2({ target: 6, targetTotal: 160, reference: 12, referenceTotal: 40 });
    expect(backward).toBeCloseTo(forward, 10);
  });

  it("should reject counts that cannot come from a corpus", () => {
    expect(() => dunningG2({ target: 5, targetTotal: 4, reference: 0, referenceTotal: 1 })).toThrow(RangeError);
    expect(() => dunningG2({ target: -1, targetTotal: 4, reference: 0, referenceTotal: 1 })).toThrow(RangeError);
    expect(() => raysonGarsideLogLikelihood({ target: 1, targetTotal: 1, reference: 2, referenceTotal: 1 })).toThrow(
      RangeError,
    );
  });
});

describe("G2_CRITICAL_P05", () => {
  it("should be the 95th percentile of χ² with one degree of freedom", () => {
    // χ²₁ = z², z = 1.959963984540054 (the standard normal's 97.5th percentile): 3.84146
    expect(G2_CRITICAL_P05).toBeCloseTo(1.959963984540054 ** 2, 12);
    expect(G2_CRITICAL_P05).toBeCloseTo(3.84146, 5);
  });
});

describe("isOverRepresented", () => {
  it("should compare shares, not counts", () => {
    // 12/40 = 30 % against 6/160 = 3.75 %.
    expect(isOverRepresented({ target: 12, targetTotal: 40, reference: 6, referenceTotal: 160 })).toBe(true);
    // 10/100 = 10 % against 2/10 = 20 %: more reviews, smaller share.
    expect(isOverRepresented({ target: 10, targetTotal: 100, reference: 2, referenceTotal: 10 })).toBe(false);
    expect(isOverRepresented({ target: 1, targetTotal: 1, reference: 0, referenceTotal: 0 })).toBe(true);
  });
});
