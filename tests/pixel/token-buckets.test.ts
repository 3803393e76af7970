import { describe, expect, it } from "vitest";
import { TokenBuckets } from "../../app/pixel/token-buckets";

describe("token buckets", () => {
  it("allows a burst up to the capacity, then one per refill, and says how long to wait", () => {
    const buckets = new TokenBuckets({ capacity: 3, perSecond: 0.5, maxKeys: 10 });
    expect([0, 0, 0].map(() => buckets.take("a", 1_000))).toEqual([0, 0, 0]);
    expect(buckets.take("a", 1_000)).toBe(2_000);
    expect(buckets.take("a", 2_000)).toBe(1_000);
    expect(buckets.take("a", 3_000)).toBe(0);
    expect(buckets.take("a", 3_000)).toBe(2_000);
    // Another key has its own bucket.
    expect(buckets.take("b", 3_000)).toBe(0);
    // A long pause refills to the capacity, not beyond.
    expect([0, 0, 0, 0].map(() => buckets.take("a", 100_000))).toEqual([0, 0, 0, 2_000]);
  });

  it("forgets the least recently used keys past maxKeys", () => {
    const buckets = new TokenBuckets({ capacity: 1, perSecond: 0.001, maxKeys: 2 });
    expect(buckets.take("a", 0)).toBe(0);
    expect(buckets.take("b", 0)).toBe(0);
    expect(buckets.take("a", 0)).toBeGreaterThan(0);
    expect(buckets.take("c", 0)).toBe(0);
    // "b" was the least recently used: forgotten, so it starts full; "c" is remembered, empty.
    expect(buckets.take("b", 0)).toBe(0);
    expect(buckets.take("c", 0)).toBeGreaterThan(0);
  });
});
