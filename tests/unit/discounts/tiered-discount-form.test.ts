import { describe, expect, it } from "vitest";
import { parseTieredDiscountConfig } from "../../../storefront/tiered-discount/src/parse-tiered-discount-config";
import {
  readTieredDiscountForm,
  type TierRow,
  type TieredDiscountForm,
} from "../../../app/discounts/tiered-discount-form";

const context = { currency: "EUR", timeZone: "Europe/Berlin" };

const row = (cells: Partial<TierRow>): TierRow => ({
  startsAt: "",
  endsAt: "",
  minimum: "",
  valueType: "percentage",
  value: "",
  message: "",
  ...cells,
});

/** The launch-day flash sale: 14:00–15:00 50 %, 15:00–17:00 40 %, 17:00–24:00 30 %. */
const launchDay = [
  row({ startsAt: "2026-06-01T14:00", endsAt: "2026-06-01T15:00", value: "50", message: "Launch hour: 50 % off" }),
  row({ startsAt: "2026-06-01T15:00", endsAt: "2026-06-01T17:00", value: "40", message: "Launch day: 40 % off" }),
  row({ startsAt: "2026-06-01T17:00", endsAt: "2026-06-02T00:00", value: "30 %", message: "Launch day: 30 % off" }),
];

function form(overrides: Record<string, unknown> = {}): TieredDiscountForm {
  const { tiers, ...rest } = { tiers: launchDay, ...overrides } as { tiers: unknown };
  return {
    title: "Launch day",
    kind: "time",
    startsAt: "",
    endsAt: "",
    appliesTo: "selected",
    productIds: ["gid://shopify/Product/1"],
    collectionIds: [],
    combinesWith: ["shippingDiscounts"],
    tiers: typeof tiers === "string" ? tiers : JSON.stringify(tiers),
    ...(rest as TieredDiscountForm),
  };
}

function errorsOf(overrides: Record<string, unknown>, ctx = context) {
  const result = readTieredDiscountForm(form(overrides), ctx);
  if (result.ok) throw new Error(`expected errors, got a draft: ${JSON.stringify(result.draft)}`);
  return result.errors;
}

function draftOf(overrides: Record<string, unknown>, ctx = context) {
  const result = readTieredDiscountForm(form(overrides), ctx);
  if (!result.ok) throw new Error(`expected a draft, got errors: ${JSON.stringify(result.errors)}`);
  return result.draft;
}

const quantityTiers = [
  row({ minimum: "2", value: "10", message: "Buy 2, save 10 %" }),
  row({ minimum: "3", valueType: "amount", value: "5", message: "Buy 3, €5 off each" }),
];
const spendTiers = [
  row({ minimum: "100", value: "10", message: "10 % off over €100" }),
  row({ minimum: "200.5", valueType: "amount", value: "30", message: "€30 off over €200.50" }),
];

describe("reading the tiered discount form", () => {
  it("reads time tiers into the Function's wall-clock windows, and runs the discount from the first to the last", () => {
    expect(draftOf({})).toEqual({
      title: "Launch day",
      config: {
        version: 1,
        kind: "time",
        appliesTo: { productIds: ["gid://shopify/Product/1"], collectionIds: [] },
        tiers: [
          {
            startsAt: "2026-06-01T14:00:00",
            endsAt: "2026-06-01T15:00:00",
            percentage: 50,
            message: "Launch hour: 50 % off",
          },
          {
            startsAt: "2026-06-01T15:00:00",
            endsAt: "2026-06-01T17:00:00",
            percentage: 40,
            message: "Launch day: 40 % off",
          },
          {
            startsAt: "2026-06-01T17:00:00",
            endsAt: "2026-06-02T00:00:00",
            percentage: 30,
            message: "Launch day: 30 % off",
          },
        ],
      },
      // Berlin is UTC+2 in June.
      startsAt: "2026-06-01T12:00:00Z",
      endsAt: "2026-06-01T22:00:00Z",
      combinesWith: { productDiscounts: false, orderDiscounts: false, shippingDiscounts: true },
    });
  });

  it("reads quantity tiers with a start and no end, amounts with the currency's decimals", () => {
    const draft = draftOf({ kind: "quantity", tiers: quantityTiers, startsAt: "2026-06-01T09:00", appliesTo: "all" });
    expect(draft.config).toEqual({
      version: 1,
      kind: "quantity",
      appliesTo: "allProducts",
      tiers: [
        { minimumQuantity: 2, value: { percentage: 10 }, message: "Buy 2, save 10 %" },
        { minimumQuantity: 3, value: { amountOffEachItem: "5.00" }, message: "Buy 3, €5 off each" },
      ],
    });
    expect([draft.startsAt, draft.endsAt]).toEqual(["2026-06-01T07:00:00Z", null]);
  });

  it("reads spend tiers for the whole order (no product selection) with an end", () => {
    const draft = draftOf({
      kind: "spend",
      tiers: spendTiers,
      startsAt: "2026-12-01T00:00",
      endsAt: "2026-12-24T18:00",
      appliesTo: "",
      productIds: [],
    });
    expect(draft.config).toEqual({
      version: 1,
      kind: "spend",
      tiers: [
        { minimumSubtotal: "100.00", value: { percentage: 10 }, message: "10 % off over €100" },
        { minimumSubtotal: "200.50", value: { amountOffOrder: "30.00" }, message: "€30 off over €200.50" },
      ],
    });
    expect([draft.startsAt, draft.endsAt]).toEqual(["2026-11-30T23:00:00Z", "2026-12-24T17:00:00Z"]);
  });

  it("only ever writes configs the Function accepts", () => {
    for (const overrides of [
      {},
      { kind: "quantity", tiers: quantityTiers, startsAt: "2026-06-01T09:00" },
      { kind: "spend", tiers: spendTiers, startsAt: "2026-06-01T09:00" },
      { appliesTo: "selected", collectionIds: ["gid://shopify/Collection/7"], productIds: [] },
    ]) {
      const { config } = draftOf(overrides);
      expect(parseTieredDiscountConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
    }
  });

  it("asks for a title, and keeps it within Shopify's 255 characters", () => {
    expect(errorsOf({ title: "  " })).toEqual({ title: "Give the discount a title" });
    expect(errorsOf({ title: "x".repeat(256) })).toEqual({ title: "Keep the title to 255 characters or fewer" });
  });

  it("asks for the kind of tiers", () => {
    expect(errorsOf({ kind: "weekday" })).toEqual({
      kind: "Choose how the tiers work: by time, by quantity or by spend",
    });
  });

  it("asks for at least one tier, at most six time tiers and ten others, and refuses a broken table", () => {
    expect(errorsOf({ tiers: [] })).toEqual({ tiers: "Add at least one tier" });
    const seven = Array.from({ length: 7 }, (_v, i) =>
      row({
        startsAt: `2026-06-0${i + 1}T10:00`,
        endsAt: `2026-06-0${i + 1}T11:00`,
        value: "10",
        message: "Sale",
      }),
    );
    expect(errorsOf({ tiers: seven })).toEqual({ tiers: "Use at most 6 tiers" });
    const eleven = Array.from({ length: 11 }, (_v, i) => row({ minimum: String(i + 1), value: "5", message: "Sale" }));
    expect(errorsOf({ kind: "quantity", tiers: eleven, startsAt: "2026-06-01T09:00" })).toEqual({
      tiers: "Use at most 10 tiers",
    });
    expect(errorsOf({ tiers: "[{" })).toEqual({
      tiers: "The tiers table could not be read. Reload the page and enter the tiers again",
    });
  });

  it("gives each time tier's fields one message each", () => {
    const blank = row({});
    expect(errorsOf({ tiers: [blank] })).toEqual({
      "tiers.0.startsAt": "Pick when this tier starts",
      "tiers.0.endsAt": "Pick when this tier ends",
      "tiers.0.value": "Enter the percentage off",
      "tiers.0.message": "Enter the message buyers see at checkout, such as “Launch hour: 50 % off”",
    });
    expect(
      errorsOf({
        tiers: [row({ startsAt: "1 June", endsAt: "2026-06-01T10:00", value: "0", message: "x".repeat(81) })],
      }),
    ).toEqual({
      "tiers.0.startsAt": "Enter a date and time, such as 2026-06-01 14:00",
      "tiers.0.value": "A percentage off is 1–100, such as 30",
      "tiers.0.message": "Keep the message to 80 characters or fewer",
    });
    expect(errorsOf({ tiers: [{ ...launchDay[0], value: "101" }] })).toEqual({
      "tiers.0.value": "A percentage off is 1–100, such as 30",
    });
  });

  it("refuses a tier that ends when or before it starts", () => {
    expect(errorsOf({ tiers: [{ ...launchDay[0], endsAt: "2026-06-01T14:00" }] })).toEqual({
      "tiers.0.endsAt": "End the tier after it starts",
    });
  });

  it("refuses time tiers out of order or overlapping, on the later tier's start", () => {
    const overlapping = [launchDay[0], { ...launchDay[1], startsAt: "2026-06-01T14:30" }];
    expect(errorsOf({ tiers: overlapping })).toEqual({
      "tiers.1.startsAt": "Start at or after 2026-06-01 15:00, when tier 1 ends: tiers can't overlap",
    });
    expect(errorsOf({ tiers: [launchDay[1], launchDay[0]] })).toEqual({
      "tiers.1.startsAt": "Start at or after 2026-06-01 17:00, when tier 1 ends: tiers can't overlap",
    });
    // A gap is allowed: no discount between the windows.
    expect(draftOf({ tiers: [launchDay[0], launchDay[2]] }).config.tiers).toHaveLength(2);
  });

  it("refuses a time the shop's clocks skip, naming the zone", () => {
    const skipped = row({ startsAt: "2026-03-29T02:30", endsAt: "2026-03-29T04:00", value: "20", message: "Sale" });
    expect(errorsOf({ tiers: [skipped] })).toEqual({
      "tiers.0.startsAt":
        "2026-03-29 02:30 does not exist in Europe/Berlin: the clocks skip it that night. Pick a time after the change",
    });
  });

  it("gives each quantity tier's fields one message each, and wants rising minimums", () => {
    expect(
      errorsOf({
        kind: "quantity",
        startsAt: "2026-06-01T09:00",
        tiers: [row({ minimum: "", valueType: "percentage", value: "", message: "" })],
      }),
    ).toEqual({
      "tiers.0.minimum": "Enter how many items this tier starts at",
      "tiers.0.value": "Enter the percentage off",
      "tiers.0.message": "Enter the message buyers see at checkout, such as “Launch hour: 50 % off”",
    });
    expect(
      errorsOf({
        kind: "quantity",
        startsAt: "2026-06-01T09:00",
        tiers: [row({ minimum: "2.5", valueType: "amount", value: "5.555", message: "x" })],
      }),
    ).toEqual({
      "tiers.0.minimum": "The minimum is a whole number of items, 1–10000",
      "tiers.0.value": "Use at most 2 decimals",
    });
    expect(
      errorsOf({
        kind: "quantity",
        startsAt: "2026-06-01T09:00",
        tiers: [quantityTiers[1], quantityTiers[0]],
      }),
    ).toEqual({ "tiers.1.minimum": "Set more than 3, tier 1's minimum: tiers must rise" });
    expect(
      errorsOf({
        kind: "quantity",
        startsAt: "2026-06-01T09:00",
        tiers: [{ ...row({ minimum: "2", value: "5", message: "x" }), valueType: "fixed" }],
      }),
    ).toEqual({ "tiers.0.value": "Choose a percentage or an amount off" });
  });

  it("reads spend amounts in the shop's currency: no decimals for yen, and rising minimums", () => {
    const yen = { currency: "JPY", timeZone: "Asia/Tokyo" };
    const base = { kind: "spend", startsAt: "2026-06-01T09:00" };
    expect(
      errorsOf({ ...base, tiers: [row({ minimum: "1000.50", valueType: "amount", value: "0", message: "x" })] }, yen),
    ).toEqual({ "tiers.0.minimum": "JPY amounts have no decimals", "tiers.0.value": "Enter an amount above 0" });
    expect(
      draftOf({ ...base, tiers: [row({ minimum: "5000", valueType: "amount", value: "500", message: "x" })] }, yen)
        .config.tiers,
    ).toEqual([{ minimumSubtotal: "5000", value: { amountOffOrder: "500" }, message: "x" }]);
    expect(errorsOf({ ...base, tiers: [row({ minimum: "1,000", value: "10", message: "x" })] })).toEqual({
      "tiers.0.minimum": "Enter an amount in EUR, such as 25 or 25.50",
    });
    expect(errorsOf({ ...base, tiers: [spendTiers[0], { ...spendTiers[1], minimum: "100" }] })).toEqual({
      "tiers.1.minimum": "Set more than 100.00 EUR, tier 1's minimum: tiers must rise",
    });
    expect(errorsOf({ ...base, tiers: [row({ minimum: "1000000000", value: "10", message: "x" })] })).toEqual({
      "tiers.0.minimum": "Enter an amount below 1,000,000,000",
    });
  });

  it("asks quantity and spend discounts for a start, and an end after it", () => {
    const base = { kind: "quantity", tiers: quantityTiers };
    expect(errorsOf({ ...base, startsAt: "" })).toEqual({ startsAt: "Pick when the discount starts" });
    expect(errorsOf({ ...base, startsAt: "2026-06-01T09:00", endsAt: "2026-06-01T09:00" })).toEqual({
      endsAt: "End the discount after it starts",
    });
    expect(errorsOf({ ...base, startsAt: "2026-06-01T09:00", endsAt: "soon" })).toEqual({
      endsAt: "Enter a date and time, such as 2026-06-01 14:00",
    });
  });

  it("asks which products, with one message for the products field", () => {
    expect(errorsOf({ appliesTo: "" })).toEqual({
      appliesTo: "Choose whether it applies to all products or to the products or collections you pick",
    });
    expect(errorsOf({ productIds: [] })).toEqual({
      productIds: "Pick at least one product or collection, or choose All products",
    });
    expect(errorsOf({ productIds: ["gid://shopify/ProductVariant/1"] })).toEqual({
      productIds: "A chosen product is not a Shopify product: pick the products again",
    });
    const many = Array.from({ length: 51 }, (_v, i) => `gid://shopify/Product/${i + 1}`);
    expect(errorsOf({ productIds: many })).toEqual({ productIds: "Pick at most 50 products, or choose All products" });
    expect(errorsOf({ collectionIds: ["gid://shopify/Product/1"] })).toEqual({
      collectionIds: "A chosen collection is not a Shopify collection: pick the collections again",
    });
    // A product picked twice counts once.
    expect(draftOf({ productIds: ["gid://shopify/Product/1", "gid://shopify/Product/1"] }).config).toMatchObject({
      appliesTo: { productIds: ["gid://shopify/Product/1"] },
    });
  });

  it("reads the combinations, refusing one Shopify does not have", () => {
    expect(draftOf({ combinesWith: ["productDiscounts", "orderDiscounts"] }).combinesWith).toEqual({
      productDiscounts: true,
      orderDiscounts: true,
      shippingDiscounts: false,
    });
    expect(draftOf({ combinesWith: "orderDiscounts" }).combinesWith.orderDiscounts).toBe(true);
    expect(errorsOf({ combinesWith: ["giftCards"] })).toEqual({
      combinesWith: "It can combine with product, order or shipping discounts; choose among those",
    });
  });

  it("reports every field at once, one message each", () => {
    expect(
      Object.keys(errorsOf({ title: "", combinesWith: ["x"], productIds: [], tiers: [row({ value: "5" })] })).sort(),
    ).toEqual(["combinesWith", "productIds", "tiers.0.endsAt", "tiers.0.message", "tiers.0.startsAt", "title"]);
  });
});
