import { describe, expect, it } from "vitest";
import type { PreorderTestDraft } from "../../../app/preorders/preorder-test-draft";
import {
  sellingPlanGroupInput,
  sellingPlanGroupResources,
  sellingPlanGroupUpdateInput,
  variantMembershipChanges,
} from "../../../app/preorders/selling-plan-input";

function draft(overrides: Partial<PreorderTestDraft> = {}): PreorderTestDraft {
  return {
    productId: "gid://shopify/Product/101",
    variantIds: ["gid://shopify/ProductVariant/201"],
    payment: { model: "full" },
    discountPercent: 0,
    shipDate: "2027-03-15",
    deadline: "2027-02-01",
    goal: { kind: "units", value: 200 },
    cap: null,
    currency: "EUR",
    wording: { label: "Preorder", buttonText: "Preorder now", note: "Expected to ship by March 15, 2027." },
    ...overrides,
  };
}

const berlin = { timeZone: "Europe/Berlin" };

describe("the selling plan group of a preorder test", () => {
  it("maps full payment: 100 % at checkout, nothing left, ships at the start of the ship date", () => {
    expect(sellingPlanGroupInput(draft(), { ...berlin, appId: "fieldtest-preorders" })).toEqual({
      name: "Preorder",
      appId: "fieldtest-preorders",
      merchantCode: "Preorder test: 200 units by 2027-02-01",
      description: "Buyers pay in full at checkout. Ships 2027-03-15.",
      options: ["Preorder"],
      sellingPlansToCreate: [
        {
          name: "Preorder · Pay in full now · ships by March 15, 2027",
          description: "Expected to ship by March 15, 2027.",
          options: ["Pay in full now"],
          category: "PRE_ORDER",
          billingPolicy: {
            fixed: {
              checkoutCharge: { type: "PERCENTAGE", value: { percentage: 100 } },
              remainingBalanceChargeTrigger: "NO_REMAINING_BALANCE",
            },
          },
          deliveryPolicy: {
            fixed: { fulfillmentTrigger: "EXACT_TIME", fulfillmentExactTime: "2027-03-14T23:00:00Z" },
          },
          inventoryPolicy: { reserve: "ON_FULFILLMENT" },
        },
      ],
    });
  });

  it("maps a deposit with the balance on a date: the rest at the start of that date", () => {
    const deposit = draft({
      payment: { model: "deposit", depositPercent: 20, balance: { trigger: "exact-date", dueDate: "2027-03-01" } },
      wording: { label: "Preorder", buttonText: "Preorder now", note: "Pay 20% now." },
    });
    const plan = sellingPlanGroupInput(deposit, berlin).sellingPlansToCreate![0];
    expect(plan.name).toBe("Preorder · 20% deposit now · ships by March 15, 2027");
    expect(plan.options).toEqual(["20% deposit now"]);
    expect(plan.description).toBe("Pay 20% now.");
    expect(plan.billingPolicy).toEqual({
      fixed: {
        checkoutCharge: { type: "PERCENTAGE", value: { percentage: 20 } },
        remainingBalanceChargeTrigger: "EXACT_TIME",
        remainingBalanceChargeExactTime: "2027-02-28T23:00:00Z",
      },
    });
    expect(sellingPlanGroupInput(deposit, berlin).description).toBe(
      "Buyers pay 20% at checkout and the balance on 2027-03-01. Ships 2027-03-15.",
    );
  });

  it("maps a deposit with the balance on fulfillment: no exact time", () => {
    const deposit = draft({
      payment: { model: "deposit", depositPercent: 35.5, balance: { trigger: "on-fulfillment" } },
    });
    const group = sellingPlanGroupInput(deposit, berlin);
    expect(group.sellingPlansToCreate![0].billingPolicy).toEqual({
      fixed: {
        checkoutCharge: { type: "PERCENTAGE", value: { percentage: 35.5 } },
        remainingBalanceChargeTrigger: "ON_FULFILLMENT",
      },
    });
    expect(group.sellingPlansToCreate![0].options).toEqual(["35.5% deposit now"]);
    expect(group.description).toBe(
      "Buyers pay 35.5% at checkout and the balance when the order is fulfilled. Ships 2027-03-15.",
    );
  });

  it("maps charge later: 0 % at checkout, the whole price due when the deadline's day ends", () => {
    const later = draft({ payment: { model: "charge-later" } });
    const group = sellingPlanGroupInput(later, berlin);
    expect(group.sellingPlansToCreate![0].billingPolicy).toEqual({
      fixed: {
        checkoutCharge: { type: "PERCENTAGE", value: { percentage: 0 } },
        remainingBalanceChargeTrigger: "EXACT_TIME",
        // 2027-02-01 ends at midnight Berlin time (UTC+1).
        remainingBalanceChargeExactTime: "2027-02-01T23:00:00Z",
      },
    });
    expect(group.sellingPlansToCreate![0].name).toBe("Preorder · Pay nothing now · ships by March 15, 2027");
    expect(group.description).toBe(
      "Buyers pay nothing at checkout; the full price is charged after 2027-02-01 only if the test passes. Ships 2027-03-15.",
    );
  });

  it("adds one fixed percentage pricing policy for a preorder discount, none without", () => {
    const plan = sellingPlanGroupInput(draft({ discountPercent: 15 }), berlin).sellingPlansToCreate![0];
    expect(plan.pricingPolicies).toEqual([
      { fixed: { adjustmentType: "PERCENTAGE", adjustmentValue: { percentage: 15 } } },
    ]);
    expect(sellingPlanGroupInput(draft(), berlin).sellingPlansToCreate![0]).not.toHaveProperty("pricingPolicies");
  });

  it("uses the shop's time zone on each side of a DST change", () => {
    // New York goes to summer time on 2027-03-14: the deadline's end is in winter time, the ship date in summer time.
    const group = sellingPlanGroupInput(
      draft({ payment: { model: "charge-later" }, deadline: "2027-03-12", shipDate: "2027-03-15" }),
      { timeZone: "America/New_York" },
    );
    const plan = group.sellingPlansToCreate![0];
    expect(plan.billingPolicy!.fixed.remainingBalanceChargeExactTime).toBe("2027-03-13T05:00:00Z");
    expect(plan.deliveryPolicy!.fixed.fulfillmentExactTime).toBe("2027-03-15T04:00:00Z");
    expect(
      sellingPlanGroupInput(draft({ shipDate: "2027-03-15" }), { timeZone: "Asia/Tokyo" }).sellingPlansToCreate![0]
        .deliveryPolicy!.fixed.fulfillmentExactTime,
    ).toBe("2027-03-14T15:00:00Z");
  });

  it("writes a revenue goal in the shop's currency for the merchant", () => {
    const group = sellingPlanGroupInput(draft({ goal: { kind: "revenue", value: 5000 }, currency: "JPY" }), berlin);
    expect(group.merchantCode).toBe("Preorder test: ¥5,000 by 2027-02-01");
  });

  it("leaves the app id out unless there is one", () => {
    expect(sellingPlanGroupInput(draft(), berlin)).not.toHaveProperty("appId");
  });

  it("keeps to what Shopify accepted in the captures, for every payment model", () => {
    const payments: PreorderTestDraft["payment"][] = [
      { model: "full" },
      { model: "deposit", depositPercent: 1, balance: { trigger: "exact-date", dueDate: "2027-03-15" } },
      { model: "deposit", depositPercent: 99, balance: { trigger: "on-fulfillment" } },
      { model: "charge-later" },
    ];
    for (const payment of payments) {
      const group = sellingPlanGroupInput(draft({ payment, discountPercent: 10 }), berlin);
      expect(group.name?.trim()).not.toBe("");
      expect(group.options!.length).toBeGreaterThanOrEqual(1);
      expect(group.options!.length).toBeLessThanOrEqual(3);
      expect(group.sellingPlansToCreate).toHaveLength(1);
      const plan = group.sellingPlansToCreate![0];
      expect(plan.category).toBe("PRE_ORDER");
      expect(plan.options).toHaveLength(group.options!.length);
      expect(plan.billingPolicy).toHaveProperty("fixed");
      expect(plan.deliveryPolicy).toHaveProperty("fixed");
      const billing = plan.billingPolicy!.fixed;
      const full = billing.checkoutCharge.value.percentage === 100;
      expect(billing.remainingBalanceChargeTrigger === "NO_REMAINING_BALANCE").toBe(full);
      expect(billing.remainingBalanceChargeExactTime !== undefined).toBe(
        billing.remainingBalanceChargeTrigger === "EXACT_TIME",
      );
      expect(plan.pricingPolicies).toHaveLength(1);
    }
  });

  it("refuses a time zone it doesn't know", () => {
    expect(() => sellingPlanGroupInput(draft(), { timeZone: "Europe/Atlantis" })).toThrow(RangeError);
  });

  it("puts the chosen variants, not the whole product, in the group", () => {
    expect(
      sellingPlanGroupResources(
        draft({ variantIds: ["gid://shopify/ProductVariant/1", "gid://shopify/ProductVariant/2"] }),
      ),
    ).toEqual({ productVariantIds: ["gid://shopify/ProductVariant/1", "gid://shopify/ProductVariant/2"] });
  });
});

describe("updating the selling plan group after an edit", () => {
  const update = (previous: PreorderTestDraft, next: PreorderTestDraft) =>
    sellingPlanGroupUpdateInput(previous, next, { sellingPlanId: "gid://shopify/SellingPlan/9", ...berlin });

  it("sends nothing when nothing Shopify shows changes", () => {
    expect(update(draft(), draft())).toBeNull();
    expect(
      update(draft(), draft({ cap: 500, wording: { ...draft().wording, buttonText: "Reserve yours" } })),
    ).toBeNull();
  });

  it("changes only the group's merchant code for a new goal", () => {
    expect(update(draft(), draft({ goal: { kind: "units", value: 300 } }))).toEqual({
      merchantCode: "Preorder test: 300 units by 2027-02-01",
    });
  });

  it("renames the group, its option and the plan for a new label, and resends the pricing policies", () => {
    const previous = draft({ discountPercent: 10 });
    const next = draft({ discountPercent: 10, wording: { ...previous.wording, label: "Vorbestellung" } });
    expect(update(previous, next)).toEqual({
      name: "Vorbestellung",
      options: ["Vorbestellung"],
      sellingPlansToUpdate: [
        {
          id: "gid://shopify/SellingPlan/9",
          name: "Vorbestellung · Pay in full now · ships by March 15, 2027",
          pricingPolicies: [{ fixed: { adjustmentType: "PERCENTAGE", adjustmentValue: { percentage: 10 } } }],
        },
      ],
    });
  });

  it("moves the delivery time with the ship date", () => {
    const next = draft({
      shipDate: "2027-04-15",
      wording: { ...draft().wording, note: "Expected to ship by April 15, 2027." },
    });
    expect(update(draft(), next)).toEqual({
      description: "Buyers pay in full at checkout. Ships 2027-04-15.",
      sellingPlansToUpdate: [
        {
          id: "gid://shopify/SellingPlan/9",
          name: "Preorder · Pay in full now · ships by April 15, 2027",
          description: "Expected to ship by April 15, 2027.",
          deliveryPolicy: { fixed: { fulfillmentTrigger: "EXACT_TIME", fulfillmentExactTime: "2027-04-14T22:00:00Z" } },
          pricingPolicies: [],
        },
      ],
    });
  });

  it("moves charge later's balance time with an extended deadline", () => {
    const previous = draft({ payment: { model: "charge-later" } });
    const next = draft({ payment: { model: "charge-later" }, deadline: "2027-02-15" });
    expect(update(previous, next)!.sellingPlansToUpdate![0].billingPolicy).toEqual({
      fixed: {
        checkoutCharge: { type: "PERCENTAGE", value: { percentage: 0 } },
        remainingBalanceChargeTrigger: "EXACT_TIME",
        remainingBalanceChargeExactTime: "2027-02-15T23:00:00Z",
      },
    });
  });

  it("clears the old exact time when the balance no longer falls on a date", () => {
    const previous = draft({
      payment: { model: "deposit", depositPercent: 20, balance: { trigger: "exact-date", dueDate: "2027-03-01" } },
    });
    const next = draft({ payment: { model: "deposit", depositPercent: 20, balance: { trigger: "on-fulfillment" } } });
    expect(update(previous, next)!.sellingPlansToUpdate![0].billingPolicy).toEqual({
      fixed: {
        checkoutCharge: { type: "PERCENTAGE", value: { percentage: 20 } },
        remainingBalanceChargeTrigger: "ON_FULFILLMENT",
        remainingBalanceChargeExactTime: null,
      },
    });
    expect(update(next, previous)!.sellingPlansToUpdate![0].billingPolicy!.fixed.remainingBalanceChargeExactTime).toBe(
      "2027-02-28T23:00:00Z",
    );
  });

  it("removes a discount with an empty list of pricing policies", () => {
    expect(update(draft({ discountPercent: 10 }), draft())).toEqual({
      sellingPlansToUpdate: [{ id: "gid://shopify/SellingPlan/9", pricingPolicies: [] }],
    });
  });

  it("refuses to move a test to another product", () => {
    expect(() => update(draft(), draft({ productId: "gid://shopify/Product/999" }))).toThrow(/product can't change/);
  });

  it("adds and removes only the variants that changed", () => {
    const v = (n: number) => `gid://shopify/ProductVariant/${n}`;
    expect(variantMembershipChanges({ variantIds: [v(1), v(2)] }, { variantIds: [v(2), v(3), v(4)] })).toEqual({
      productVariantIdsToAdd: [v(3), v(4)],
      productVariantIdsToRemove: [v(1)],
    });
    expect(variantMembershipChanges({ variantIds: [v(1)] }, { variantIds: [v(1)] })).toEqual({
      productVariantIdsToAdd: [],
      productVariantIdsToRemove: [],
    });
  });
});
