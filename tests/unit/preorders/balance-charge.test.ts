import { describe, expect, it } from "vitest";
import {
  balanceDueAfterGo,
  balanceIdempotencyKey,
  balanceStep,
  balanceTiming,
  paymentResult,
  summariseBalances,
  type BalanceOrder,
} from "../../../app/preorders/balance-charge";

const now = new Date("2027-02-02T09:30:00Z");

describe("when a go collects the balances", () => {
  it("charges nothing on a full-payment plan", () => {
    expect(balanceDueAfterGo({ model: "full" }, "Europe/Berlin", now)).toEqual({ kind: "nothing" });
    expect(balanceTiming({ model: "full" })).toBeNull();
  });

  it("charges a charge-later order's whole price now", () => {
    expect(balanceDueAfterGo({ model: "charge-later" }, "Europe/Berlin", now)).toEqual({ kind: "at", at: now });
    expect(balanceTiming({ model: "charge-later" })).toBe("now");
  });

  it("charges a deposit's balance at the start of its due date in the shop's time zone", () => {
    const payment = {
      model: "deposit" as const,
      depositPercent: 25,
      balance: { trigger: "exact-date" as const, dueDate: "2027-03-01" },
    };
    // Midnight in Berlin (UTC+1 in March) is 23:00 UTC the day before.
    expect(balanceDueAfterGo(payment, "Europe/Berlin", now)).toEqual({
      kind: "at",
      at: new Date("2027-02-28T23:00:00Z"),
    });
    expect(balanceTiming(payment)).toBe("on March 1, 2027");
  });

  it("charges a balance whose date has passed at once", () => {
    const payment = {
      model: "deposit" as const,
      depositPercent: 25,
      balance: { trigger: "exact-date" as const, dueDate: "2027-02-01" },
    };
    expect(balanceDueAfterGo(payment, "UTC", now)).toEqual({ kind: "at", at: now });
  });

  it("waits for fulfilment when the plan says so", () => {
    const payment = { model: "deposit" as const, depositPercent: 10, balance: { trigger: "on-fulfillment" as const } };
    expect(balanceDueAfterGo(payment, "UTC", now)).toEqual({ kind: "on-fulfillment" });
    expect(balanceTiming(payment)).toBe("when each order is fulfilled");
  });
});

describe("the step for one order", () => {
  const order: BalanceOrder = {
    cancelled: false,
    fulfilled: false,
    outstanding: 36.75,
    currency: "USD",
    mandateIds: ["gid://shopify/PaymentMandate/7"],
    scheduleId: "gid://shopify/PaymentSchedule/3",
  };

  it("charges the outstanding amount to the vaulted card, on the open schedule", () => {
    expect(balanceStep(order, false)).toEqual({
      kind: "charge",
      mandateId: "gid://shopify/PaymentMandate/7",
      scheduleId: "gid://shopify/PaymentSchedule/3",
      amount: 36.75,
    });
  });

  it("leaves a cancelled or already paid order alone", () => {
    expect(balanceStep({ ...order, cancelled: true }, false)).toEqual({
      kind: "not-due",
      reason: "The order was cancelled",
    });
    expect(balanceStep({ ...order, outstanding: 0 }, false).kind).toBe("not-due");
  });

  it("fails with what to do instead when the order has no saved card", () => {
    const step = balanceStep({ ...order, mandateIds: [] }, false);
    expect(step).toMatchObject({ kind: "failed" });
    expect(step.kind === "failed" && step.reason).toMatch(/Send invoice/);
  });

  it("waits for fulfilment until the order is fulfilled", () => {
    expect(balanceStep(order, true)).toEqual({ kind: "wait-for-fulfillment" });
    expect(balanceStep({ ...order, fulfilled: true }, true).kind).toBe("charge");
  });
});

describe("Shopify's payment status", () => {
  it.each([
    ["SUCCESS", "charged"],
    ["CAPTURED", "charged"],
    ["AUTHORIZED", "charged"],
    ["PURCHASED", "charged"],
    ["PROCESSING", "processing"],
    ["ERROR", "failed"],
    ["RETRYABLE", "failed"],
    ["VOIDED", "failed"],
    ["REDIRECT_REQUIRED", "failed"],
  ])("%s means %s", (status, result) => {
    expect(paymentResult(status)).toBe(result);
  });
});

it("gives each attempt its own idempotency key", () => {
  expect(balanceIdempotencyKey("c1", 1)).not.toBe(balanceIdempotencyKey("c1", 2));
  expect(balanceIdempotencyKey("c1", 1)).toBe(balanceIdempotencyKey("c1", 1));
});

it("sums the balances for the detail page", () => {
  const summary = summariseBalances([
    { status: "charged", amount: 36.75, dueAt: new Date("2027-03-01T00:00:00Z") },
    { status: "charged", amount: 12.1, dueAt: new Date("2027-03-01T00:00:00Z") },
    { status: "scheduled", amount: null, dueAt: new Date("2027-03-05T00:00:00Z") },
    { status: "processing", amount: 10, dueAt: new Date("2027-03-02T00:00:00Z") },
    { status: "scheduled", amount: null, dueAt: null },
    { status: "failed", amount: 20, dueAt: null },
    { status: "not-due", amount: null, dueAt: null },
  ]);
  expect(summary).toEqual({
    charged: { count: 2, amount: 48.85 },
    pending: { count: 3, nextDueAt: new Date("2027-03-02T00:00:00Z"), onFulfillment: 1 },
    failed: 1,
    notDue: 1,
  });
});
