import { describe, expect, it } from "vitest";
import {
  DEFAULT_SELECTION_WEIGHTS,
  readSelectionWeights,
  selectionWeightsSchema,
} from "../../../extension/core/score/weights";

describe("selection weights", () => {
  it("should accept weights from 0 to 10 that are not all zero", () => {
    expect(selectionWeightsSchema.safeParse({ demand: 10, competition: 0, profit: 2.5 }).success).toBe(true);
  });

  it("should reject weights out of range or all zero", () => {
    expect(selectionWeightsSchema.safeParse({ demand: 11, competition: 1, profit: 1 }).success).toBe(false);
    expect(selectionWeightsSchema.safeParse({ demand: -1, competition: 1, profit: 1 }).success).toBe(false);
    expect(selectionWeightsSchema.safeParse({ demand: 0, competition: 0, profit: 0 }).success).toBe(false);
    expect(selectionWeightsSchema.safeParse({ demand: 1, competition: 1 }).success).toBe(false);
  });

  it("should read stored weights back, falling back to equal defaults", () => {
    expect(DEFAULT_SELECTION_WEIGHTS).toEqual({ demand: 5, competition: 5, profit: 5 });
    expect(readSelectionWeights({ demand: 2, competition: 3, profit: 4 })).toEqual({
      demand: 2,
      competition: 3,
      profit: 4,
    });
    expect(readSelectionWeights(undefined)).toEqual(DEFAULT_SELECTION_WEIGHTS);
    expect(readSelectionWeights({ demand: 0, competition: 0, profit: 0 })).toEqual(DEFAULT_SELECTION_WEIGHTS);
  });
});
