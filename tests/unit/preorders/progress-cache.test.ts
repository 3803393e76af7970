import { describe, expect, it } from "vitest";
import { shortLivedCache } from "../../../app/preorders/progress-cache.server";

describe("the storefront progress cache", () => {
  it("serves concurrent and repeated reads within its lifetime from one computation, then computes again", async () => {
    let clock = 0;
    let computed = 0;
    const cache = shortLivedCache<number>(2_000, () => clock);
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([cache("t1", compute), cache("t1", compute)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    clock = 1_999;
    expect(await cache("t1", compute)).toBe(1);
    expect(await cache("t2", compute)).toBe(2);
    clock = 2_000;
    expect(await cache("t1", compute)).toBe(3);
  });

  it("does not remember a failure", async () => {
    const cache = shortLivedCache<number>(2_000, () => 0);
    await expect(cache("t", () => Promise.reject(new Error("database busy")))).rejects.toThrow("database busy");
    expect(await cache("t", async () => 7)).toBe(7);
  });
});
