import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../app/jobs/backoff";

const policy = { baseMs: 10_000, maxMs: 3_600_000, jitter: 0.1 };

describe("retry backoff", () => {
  it("doubles from the base delay with each failed attempt", () => {
    const noJitter = () => 0.5;
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, policy, noJitter))).toEqual([
      10_000, 20_000, 40_000, 80_000, 160_000,
    ]);
  });

  it("never waits longer than the cap", () => {
    expect(retryDelayMs(30, policy, () => 0.5)).toBe(3_600_000);
  });

  it("spreads retries by at most the jitter fraction", () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(9_000);
    expect(retryDelayMs(1, policy, () => 0.999999)).toBe(11_000);
  });
});
