import { describe, expect, it } from "vitest";
import { automaticAppDiscountInput } from "../../../app/discounts/automatic-app-discount-input";
import { formErrorsOf } from "../../../app/discounts/discount-user-errors";
import { savedTieredDiscount, type TieredDiscountNode } from "../../../app/discounts/saved-tiered-discount";
import { readTieredDiscountForm, type TierRow } from "../../../app/discounts/tiered-discount-form";
import {
  newTierRow,
  savedTieredDiscountFormValues,
  tieredDiscountFormRecord,
} from "../../../app/discounts/tiered-discount-form-values";
import { readFunctionConfiguration } from "../../../storefront/tiered-discount/src/read-function-configuration";

const context = { currency: "USD", timeZone: "America/New_York" };

/** Create with the form, read back as the Admin API returns the node, edit again: the same discount. */
function roundTrip(values: Parameters<typeof tieredDiscountFormRecord>[0]) {
  const read = readTieredDiscountForm(tieredDiscountFormRecord(values), context);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const input = automaticAppDiscountInput(read.draft);
  const node: TieredDiscountNode = {
    id: "gid://shopify/DiscountAutomaticNode/9",
    discount: {
      __typename: "DiscountAutomaticApp",
      title: input.title,
      status: "ACTIVE",
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      combinesWith: input.combinesWith,
    },
    metafield: { jsonValue: JSON.parse(input.metafields[0].value) },
  };
  const saved = savedTieredDiscount(node)!;
  return {
    draft: read.draft,
    input,
    saved,
    values: savedTieredDiscountFormValues({ ...saved, config: saved.config! }, context.timeZone),
  };
}

const tier = (cells: Partial<TierRow>): TierRow => ({ ...newTierRow("quantity", [], ""), ...cells });

describe("a tiered discount from the form to Shopify and back", () => {
  it("creates the app discount with the function's handle, its class and the metafield the Function reads", () => {
    const { input, draft } = roundTrip({
      title: "Launch",
      kind: "time",
      tiers: [tier({ startsAt: "2026-06-01T14:00", endsAt: "2026-06-01T15:00", value: "50", message: "Launch hour" })],
      startsAt: "",
      endsAt: "",
      appliesTo: "all",
      productIds: [],
      collectionIds: [],
      combinesWith: ["orderDiscounts"],
    });
    expect(input).toMatchObject({
      title: "Launch",
      functionHandle: "tiered-discount",
      discountClasses: ["PRODUCT"],
      startsAt: "2026-06-01T18:00:00Z",
      endsAt: "2026-06-01T19:00:00Z",
      combinesWith: { productDiscounts: false, orderDiscounts: true, shippingDiscounts: false },
      metafields: [{ namespace: "$app:tiered-discount", key: "function-configuration", type: "json" }],
    });
    const value = JSON.parse(input.metafields[0].value);
    expect(value).toMatchObject({ timeTier0Start: "2026-06-01T14:00:00", timeTier0End: "2026-06-01T15:00:00" });
    expect(readFunctionConfiguration(value)).toEqual(draft.config);
  });

  it("gives back the form's values on the edit page, times on the shop's wall clock", () => {
    const values = {
      title: "Bulk",
      kind: "spend" as const,
      tiers: [
        tier({ minimum: "100.00", valueType: "percentage", value: "10", message: "10 % off" }),
        tier({ minimum: "250.00", valueType: "amount", value: "40.00", message: "$40 off" }),
      ],
      startsAt: "2026-11-01T01:30",
      endsAt: "2026-11-30T23:59",
      appliesTo: "all" as const,
      productIds: [],
      collectionIds: [],
      combinesWith: ["shippingDiscounts" as const],
    };
    const { values: back, input } = roundTrip(values);
    expect(input.discountClasses).toEqual(["ORDER"]);
    expect(back).toEqual(values);
  });

  it("ignores nodes that are not this app's tiered discounts", () => {
    const node = {
      id: "gid://shopify/DiscountAutomaticNode/1",
      discount: { __typename: "DiscountAutomaticApp" },
      metafield: null,
    };
    expect(savedTieredDiscount(node)).toBeNull();
    expect(
      savedTieredDiscount({
        ...node,
        discount: { __typename: "DiscountAutomaticBasic" },
        metafield: { jsonValue: {} },
      }),
    ).toBeNull();
    expect(savedTieredDiscount({ ...node, metafield: { jsonValue: { configuration: 1 } } })?.config).toBeNull();
  });
});

describe("Shopify's userErrors on the form", () => {
  it("go next to the field they name; a time discount's dates to its tiers; the rest to the banner", () => {
    const errors = [
      { field: ["automaticAppDiscount", "title"], message: "Title can't be blank." },
      { field: ["automaticAppDiscount", "endsAt"], message: "Ends at needs to be after starts_at" },
      { field: ["automaticAppDiscount", "functionHandle"], message: "Function tiered-discount not found." },
      { field: null, message: "Something else." },
    ];
    expect(formErrorsOf(errors, "quantity")).toEqual({
      title: "Title can't be blank.",
      endsAt: "Ends at needs to be after starts_at",
      form: "Function tiered-discount not found. Something else.",
    });
    expect(formErrorsOf(errors, "time")).toMatchObject({ tiers: "Ends at needs to be after starts_at" });
  });
});
