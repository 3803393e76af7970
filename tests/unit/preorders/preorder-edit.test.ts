import { describe, expect, it } from "vitest";
import { planPreorderEdit, type EditableTest } from "../../../app/preorders/preorder-edit";
import type { PreorderTestDraft } from "../../../app/preorders/preorder-test-draft";
import { defaultPreorderNote } from "../../../app/preorders/preorder-wording";

const V1 = "gid://shopify/ProductVariant/201";
const V2 = "gid://shopify/ProductVariant/202";
const V3 = "gid://shopify/ProductVariant/203";
const PLAN = "gid://shopify/SellingPlan/9";

const saved: PreorderTestDraft = {
  productId: "gid://shopify/Product/101",
  variantIds: [V1],
  payment: { model: "deposit", depositPercent: 20, balance: { trigger: "on-fulfillment" } },
  discountPercent: 0,
  shipDate: "2027-03-15",
  deadline: "2027-02-01",
  goal: { kind: "units", value: 200 },
  cap: null,
  currency: "EUR",
  wording: {
    label: "Preorder",
    buttonText: "Preorder now",
    note: "Pay 20% now and the rest when your order ships. Expected to ship by March 15, 2027.",
  },
};

const context = { today: "2026-12-01", timeZone: "Europe/Berlin", sellingPlanId: PLAN, productVariantIds: [V1, V2] };

function test(overrides: Partial<EditableTest> = {}): EditableTest {
  return { status: "live", form: saved, orders: 0, unitsOnOrder: 0, ...overrides };
}

function planOf(next: Partial<PreorderTestDraft>, editable = test()) {
  const result = planPreorderEdit(editable, { ...saved, ...next }, context);
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function errorsOf(next: Partial<PreorderTestDraft>, editable = test()) {
  const result = planPreorderEdit(editable, { ...saved, ...next }, context);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("planning the edit of a live preorder test", () => {
  it("changes nothing in Shopify when only the goal and cap change", () => {
    const plan = planOf({ goal: { kind: "revenue", value: 5000 }, cap: 300 });
    expect(plan).toMatchObject({ groupUpdate: expect.objectContaining({ merchantCode: expect.any(String) }) });
    expect(plan.groupUpdate).toEqual({ merchantCode: "Preorder test: €5,000.00 by 2027-02-01" });
    expect(plan.groupUndo).toEqual({ merchantCode: "Preorder test: 200 units by 2027-02-01" });
    expect(plan.staged).toEqual(plan.next);
    expect(plan).toMatchObject({ productVariantIdsToAdd: [], productVariantIdsToRemove: [], shipDate: null });
  });

  it("adds and removes only the variants that differ", () => {
    const plan = planOf({ variantIds: [V2] });
    expect(plan).toMatchObject({ productVariantIdsToAdd: [V2], productVariantIdsToRemove: [V1], groupUpdate: null });
  });

  it("refuses variants that are not the product's", () => {
    expect(errorsOf({ variantIds: [V1, V3] })).toEqual({
      variantIds: "A chosen variant is no longer part of this product: reload the page and choose again",
    });
  });

  it("lets the payment terms change before the first order, with the plan's billing policy", () => {
    const plan = planOf({ payment: { model: "full" } });
    expect(plan.groupUpdate?.sellingPlansToUpdate?.[0]).toMatchObject({
      id: PLAN,
      billingPolicy: { fixed: { remainingBalanceChargeTrigger: "NO_REMAINING_BALANCE" } },
    });
  });

  it("keeps the payment terms once an order exists, naming the field that changed", () => {
    const ordered = test({ orders: 2 });
    expect(Object.keys(errorsOf({ payment: { model: "full" } }, ordered))).toEqual(["paymentModel"]);
    expect(errorsOf({ payment: { ...saved.payment, depositPercent: 30 } as PreorderTestDraft["payment"] }, ordered))
      .toMatchInlineSnapshot(`
      {
        "depositPercent": "2 orders were placed with these payment terms, which each order keeps: the payment model, deposit and balance date can't change any more. To try other terms, end this test and start a new one.",
      }
    `);
    const dueOnDate = {
      model: "deposit",
      depositPercent: 20,
      balance: { trigger: "exact-date", dueDate: "2027-03-01" },
    };
    expect(Object.keys(errorsOf({ payment: dueOnDate } as Partial<PreorderTestDraft>, ordered))).toEqual([
      "balanceTrigger",
    ]);
    // Everything else still changes.
    expect(planOf({ goal: { kind: "units", value: 150 }, discountPercent: 10 }, ordered).next.discountPercent).toBe(10);
  });

  it("edits only live tests", () => {
    expect(errorsOf({ cap: 300 }, test({ status: "ended" }))).toEqual({
      form: "This test has ended: extend its deadline on the test's page to take preorders again, then edit it",
    });
    expect(errorsOf({ cap: 300 }, test({ status: "go" }))).toEqual({
      form: "This test is decided (go) and can't change: start a new test to try again",
    });
  });

  it("refuses another product and a cap below the units on order", () => {
    expect(errorsOf({ productId: "gid://shopify/Product/102" })).toHaveProperty("productId");
    expect(errorsOf({ cap: 4 }, test({ unitsOnOrder: 5 }))).toEqual({
      cap: "5 units are already on order: set the cap to 5 or more, or leave it empty",
    });
    expect(planOf({ cap: 5 }, test({ unitsOnOrder: 5 })).next.cap).toBe(5);
  });

  it("moves a deadline later by the extend rules, and updates the charge-later date in the plan", () => {
    const chargeLater = { ...saved, payment: { model: "charge-later" as const } };
    const plan = planPreorderEdit(test({ form: chargeLater }), { ...chargeLater, deadline: "2027-02-20" }, context);
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    expect(plan.plan.groupUpdate?.sellingPlansToUpdate?.[0].billingPolicy?.fixed.remainingBalanceChargeExactTime).toBe(
      "2027-02-20T23:00:00Z",
    );
  });

  it("refuses a later deadline the extend rules refuse", () => {
    expect(errorsOf({ deadline: "2027-03-20" })).toEqual({
      deadline:
        "The deadline must be before the ship date: the test decides whether to make the product before anything ships",
    });
  });

  it("stages everything but a new ship date, which moves last, with a default note for each date", () => {
    const next = { ...saved, shipDate: "2027-04-01", deadline: "2027-03-20", cap: 250 };
    next.wording = { ...saved.wording, note: defaultPreorderNote(next) };
    const result = planPreorderEdit(test(), next, context);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { plan } = result;
    expect(plan.shipDate).toBe("2027-04-01");
    expect(plan.next).toEqual(next);
    expect(plan.staged).toMatchObject({ shipDate: "2027-03-15", deadline: "2027-03-20", cap: 250 });
    expect(plan.staged.wording.note).toBe(defaultPreorderNote(plan.staged));
    // The plan's delivery date is left to the ship date move.
    expect(plan.groupUpdate?.sellingPlansToUpdate?.[0]?.deliveryPolicy).toBeUndefined();
  });

  it("keeps a note the merchant wrote when the ship date moves", () => {
    const next = {
      ...saved,
      shipDate: "2027-04-01",
      wording: { ...saved.wording, note: "Handmade in small batches." },
    };
    const result = planPreorderEdit(test(), next, context);
    expect(result.ok && result.plan.staged.wording.note).toBe("Handmade in small batches.");
  });
});
