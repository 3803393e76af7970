import { describe, expect, it } from "vitest";
import { throttleWaitMs } from "../../app/shopify/throttle";

const status = (currentlyAvailable: number) => ({ maximumAvailable: 2000, currentlyAvailable, restoreRate: 100 });

describe("waiting out Shopify's throttle", () => {
  it("waits until the bucket has restored the missing points at 100 a second", () => {
    expect(throttleWaitMs({ requestedQueryCost: 112, throttleStatus: status(12) })).toBe(1000);
    expect(throttleWaitMs({ requestedQueryCost: 252, throttleStatus: status(0) })).toBe(2520);
    expect(throttleWaitMs({ requestedQueryCost: 50, throttleStatus: status(80) })).toBe(0);
  });

  it("does not wait for a query that costs more than the bucket can hold", () => {
    expect(throttleWaitMs({ requestedQueryCost: 2001, throttleStatus: status(2000) })).toBeNull();
  });
});
