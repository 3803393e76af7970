import type { TieredDiscountConfig } from "../../../storefront/tiered-discount/src/tiered-discount-config";
import {
  LAUNCH_PRODUCT,
  MUGS_COLLECTION,
  launchDayFlashSale,
  mugsVolumeDiscount,
  spendMoreSaveMore,
} from "./sample-configs";

type Json = ReturnType<typeof JSON.parse>;

/** A copy of a config with one change, as JSON (the metafield only ever holds JSON). */
function changed(base: TieredDiscountConfig, change: (copy: Json) => void): Json {
  const copy = structuredClone(base) as Json;
  change(copy);
  return copy;
}

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

const sixWindows = Array.from({ length: 6 }, (_, i) => ({
  startsAt: `2026-05-0${i + 1}T09:00:00`,
  endsAt: `2026-05-0${i + 1}T10:30:00`,
  percentage: 60 - i * 10,
  message: `Day ${i + 1}`,
}));

/** Configs both validators accept. */
export const goodConfigs: [string, TieredDiscountConfig][] = [
  ["the launch-day flash sale", launchDayFlashSale],
  ["quantity tiers on products and collections", mugsVolumeDiscount],
  ["spend tiers", spendMoreSaveMore],
  [
    "time windows with gaps, on all products, one to the last second of a leap day",
    {
      version: 1,
      kind: "time",
      appliesTo: "allProducts",
      tiers: [
        { startsAt: "2028-02-28T10:00:00", endsAt: "2028-02-28T11:00:00", percentage: 1, message: "Early bird" },
        { startsAt: "2028-02-29T12:00:00", endsAt: "2028-02-29T23:59:59", percentage: 100, message: "Leap day free" },
      ],
    },
  ],
  ["six time windows, the most the input query asks about", { ...launchDayFlashSale, tiers: sixWindows }],
  [
    "ten quantity tiers, 50 products and 20 collections, decimal percentage",
    {
      version: 1,
      kind: "quantity",
      appliesTo: { productIds: ids("gid://shopify/Product/", 50), collectionIds: ids("gid://shopify/Collection/", 20) },
      tiers: Array.from({ length: 10 }, (_, i) => ({
        minimumQuantity: i === 9 ? 10_000 : i + 1,
        value: { percentage: 12.5 },
        message: "x".repeat(80),
      })),
    },
  ],
  [
    "a single collection, the smallest and largest amounts",
    {
      version: 1,
      kind: "quantity",
      appliesTo: { productIds: [], collectionIds: [MUGS_COLLECTION] },
      tiers: [
        { minimumQuantity: 1, value: { amountOffEachItem: "0.01" }, message: "A cent off" },
        { minimumQuantity: 2, value: { amountOffEachItem: "999999999.99" }, message: "All off" },
      ],
    },
  ],
  [
    "spend tiers compared as amounts, not as text",
    {
      version: 1,
      kind: "spend",
      tiers: [
        { minimumSubtotal: "9.5", value: { amountOffOrder: "1" }, message: "1 off" },
        { minimumSubtotal: "10", value: { percentage: 3 }, message: "3% off" },
      ],
    },
  ],
];

/** Values both validators refuse, each with what is wrong with it. */
export const badConfigs: [string, unknown][] = [
  ["null", null],
  ["a string", "50% off"],
  ["a number", 42],
  ["an array", [launchDayFlashSale]],
  ["an empty object", {}],
  ["version 2", changed(launchDayFlashSale, (c) => (c.version = 2))],
  ['version "1"', changed(launchDayFlashSale, (c) => (c.version = "1"))],
  ["no version", changed(launchDayFlashSale, (c) => delete c.version)],
  ["an unknown kind", changed(launchDayFlashSale, (c) => (c.kind = "bogo"))],
  ["no kind", changed(launchDayFlashSale, (c) => delete c.kind)],
  ["an unknown top-level key", changed(launchDayFlashSale, (c) => (c.combinesWith = { orderDiscounts: true }))],
  ["spend tiers with appliesTo", changed(spendMoreSaveMore, (c) => (c.appliesTo = "allProducts"))],
  ["time tiers without appliesTo", changed(launchDayFlashSale, (c) => delete c.appliesTo)],
  ["no tiers", changed(launchDayFlashSale, (c) => (c.tiers = []))],
  ["tiers as an object", changed(launchDayFlashSale, (c) => (c.tiers = { 0: c.tiers[0] }))],
  [
    "seven time windows",
    changed(
      launchDayFlashSale,
      (c) =>
        (c.tiers = [
          ...sixWindows,
          { ...sixWindows[5], startsAt: "2026-05-07T09:00:00", endsAt: "2026-05-07T10:00:00" },
        ]),
    ),
  ],
  [
    "eleven quantity tiers",
    changed(mugsVolumeDiscount, (c) => {
      c.tiers = Array.from({ length: 11 }, (_, i) => ({
        minimumQuantity: i + 1,
        value: { percentage: 5 },
        message: "5%",
      }));
    }),
  ],
  ["overlapping windows", changed(launchDayFlashSale, (c) => (c.tiers[1].startsAt = "2026-05-01T14:59:59"))],
  ["windows out of order", changed(launchDayFlashSale, (c) => c.tiers.reverse())],
  ["a window that ends when it starts", changed(launchDayFlashSale, (c) => (c.tiers[0].endsAt = c.tiers[0].startsAt))],
  [
    "a window that ends before it starts",
    changed(launchDayFlashSale, (c) => (c.tiers[0].endsAt = "2026-05-01T13:00:00")),
  ],
  ["a time without seconds", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2026-05-01T14:00"))],
  ["a time with a time zone", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2026-05-01T14:00:00Z"))],
  ["a date only", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2026-05-01"))],
  ["the 30th of February", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2026-02-30T14:00:00"))],
  ["the 29th of February in 2027", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2027-02-29T14:00:00"))],
  ["the 31st of April", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2026-04-31T14:00:00"))],
  ["month 13", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2026-13-01T14:00:00"))],
  [
    '"24:00" (the admin writes the next day\'s 00:00)',
    changed(launchDayFlashSale, (c) => (c.tiers[2].endsAt = "2026-05-01T24:00:00")),
  ],
  ["minute 60", changed(launchDayFlashSale, (c) => (c.tiers[0].startsAt = "2026-05-01T13:60:00"))],
  ["0 %", changed(launchDayFlashSale, (c) => (c.tiers[0].percentage = 0))],
  ["0.5 %", changed(launchDayFlashSale, (c) => (c.tiers[0].percentage = 0.5))],
  ["100.5 %", changed(launchDayFlashSale, (c) => (c.tiers[0].percentage = 100.5))],
  ['"50" % as text', changed(launchDayFlashSale, (c) => (c.tiers[0].percentage = "50"))],
  ["a null percentage", changed(launchDayFlashSale, (c) => (c.tiers[0].percentage = null))],
  ["an empty message", changed(launchDayFlashSale, (c) => (c.tiers[0].message = ""))],
  ["a blank message", changed(launchDayFlashSale, (c) => (c.tiers[0].message = "   "))],
  ["an 81-character message", changed(launchDayFlashSale, (c) => (c.tiers[0].message = "x".repeat(81)))],
  ["a message that is not text", changed(launchDayFlashSale, (c) => (c.tiers[0].message = 50))],
  ["no message", changed(launchDayFlashSale, (c) => delete c.tiers[0].message)],
  ["an unknown key in a tier", changed(launchDayFlashSale, (c) => (c.tiers[0].label = "Hour 1"))],
  ["minimum quantity 0", changed(mugsVolumeDiscount, (c) => (c.tiers[0].minimumQuantity = 0))],
  ["minimum quantity 2.5", changed(mugsVolumeDiscount, (c) => (c.tiers[0].minimumQuantity = 2.5))],
  ['minimum quantity "2"', changed(mugsVolumeDiscount, (c) => (c.tiers[0].minimumQuantity = "2"))],
  ["minimum quantity 10,001", changed(mugsVolumeDiscount, (c) => (c.tiers[2].minimumQuantity = 10_001))],
  ["quantities not increasing", changed(mugsVolumeDiscount, (c) => (c.tiers[1].minimumQuantity = 2))],
  ["quantities decreasing", changed(mugsVolumeDiscount, (c) => c.tiers.reverse())],
  [
    "both a percentage and an amount",
    changed(mugsVolumeDiscount, (c) => (c.tiers[0].value.amountOffEachItem = "1.00")),
  ],
  ["an empty value", changed(mugsVolumeDiscount, (c) => (c.tiers[0].value = {}))],
  ["an amount of 0", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: "0" }))],
  ["a negative amount", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: "-1.00" }))],
  ["three decimals", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: "4.505" }))],
  ["a leading zero", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: "04.50" }))],
  ["an exponent", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: "1e3" }))],
  ["a decimal comma", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: "4,50" }))],
  ["an amount as a number", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: 4.5 }))],
  ["ten whole digits", changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffEachItem: "1000000000" }))],
  [
    "an order amount in a quantity tier",
    changed(mugsVolumeDiscount, (c) => (c.tiers[2].value = { amountOffOrder: "5" })),
  ],
  [
    "a per-item amount in a spend tier",
    changed(spendMoreSaveMore, (c) => (c.tiers[2].value = { amountOffEachItem: "5" })),
  ],
  ["subtotals not increasing", changed(spendMoreSaveMore, (c) => (c.tiers[1].minimumSubtotal = "50"))],
  ["subtotals ordered as text only", changed(spendMoreSaveMore, (c) => (c.tiers[1].minimumSubtotal = "9.00"))],
  ["a minimum subtotal of 0", changed(spendMoreSaveMore, (c) => (c.tiers[0].minimumSubtotal = "0.00"))],
  ["appliesTo nothing", changed(mugsVolumeDiscount, (c) => (c.appliesTo = { productIds: [], collectionIds: [] }))],
  ['appliesTo "all"', changed(mugsVolumeDiscount, (c) => (c.appliesTo = "all"))],
  ["appliesTo without collectionIds", changed(mugsVolumeDiscount, (c) => delete c.appliesTo.collectionIds)],
  ["appliesTo with an unknown key", changed(mugsVolumeDiscount, (c) => (c.appliesTo.variantIds = []))],
  ["a collection among the products", changed(mugsVolumeDiscount, (c) => c.appliesTo.productIds.push(MUGS_COLLECTION))],
  [
    "a variant among the products",
    changed(mugsVolumeDiscount, (c) => c.appliesTo.productIds.push("gid://shopify/ProductVariant/1")),
  ],
  [
    "a product among the collections",
    changed(mugsVolumeDiscount, (c) => c.appliesTo.collectionIds.push(LAUNCH_PRODUCT)),
  ],
  ["a bare numeric id", changed(mugsVolumeDiscount, (c) => c.appliesTo.productIds.push("8001"))],
  ["a product twice", changed(launchDayFlashSale, (c) => c.appliesTo.productIds.push(LAUNCH_PRODUCT))],
  ["51 products", changed(mugsVolumeDiscount, (c) => (c.appliesTo.productIds = ids("gid://shopify/Product/", 51)))],
  [
    "21 collections",
    changed(mugsVolumeDiscount, (c) => (c.appliesTo.collectionIds = ids("gid://shopify/Collection/", 21))),
  ],
];
