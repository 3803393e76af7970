import { describe, expect, it } from "vitest";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import { inputVariables } from "../../storefront/tiered-discount/src/input-variables";
import { readFunctionConfiguration } from "../../storefront/tiered-discount/src/read-function-configuration";
import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import {
  MAX_COLLECTION_IDS,
  MAX_MESSAGE_LENGTH,
  MAX_PRODUCT_IDS,
  MAX_TIERS,
  MAX_TIME_TIERS,
} from "../../storefront/tiered-discount/src/tiered-discount-limits";
import { tieredDiscountConfigSchema } from "../../storefront/tiered-discount/src/tiered-discount-config-schema";
import { MUGS_COLLECTION, launchDayFlashSale, mugsVolumeDiscount, spendMoreSaveMore } from "./support/sample-configs";

const unused = "2000-01-01T00:00:00";

describe("inputVariables(config): the input query's variables the admin writes into the metafield", () => {
  it("passes each time window's start and end, and an empty past window for each unused slot", () => {
    expect(inputVariables(launchDayFlashSale)).toEqual({
      collectionIds: [],
      timeTier0Start: "2026-05-01T14:00:00",
      timeTier0End: "2026-05-01T15:00:00",
      timeTier1Start: "2026-05-01T15:00:00",
      timeTier1End: "2026-05-01T17:00:00",
      timeTier2Start: "2026-05-01T17:00:00",
      timeTier2End: "2026-05-02T00:00:00",
      timeTier3Start: unused,
      timeTier3End: unused,
      timeTier4Start: unused,
      timeTier4End: unused,
      timeTier5Start: unused,
      timeTier5End: unused,
    });
  });

  it("passes the selected collections, which the query checks each line's product against", () => {
    expect(inputVariables(mugsVolumeDiscount)).toMatchObject({
      collectionIds: [MUGS_COLLECTION],
      timeTier0Start: unused,
    });
    expect(inputVariables({ ...mugsVolumeDiscount, appliesTo: "allProducts" }).collectionIds).toEqual([]);
    expect(inputVariables(spendMoreSaveMore).collectionIds).toEqual([]);
  });

  it("gives every variable a value, since the query declares them non-null", () => {
    for (const config of [launchDayFlashSale, mugsVolumeDiscount, spendMoreSaveMore]) {
      expect(Object.values(inputVariables(config))).not.toContain(null);
      expect(Object.values(inputVariables(config))).not.toContain(undefined);
    }
  });
});

describe("the function-configuration metafield's value", () => {
  it("holds the config under `configuration` and the query variables as top-level keys", () => {
    const value = functionConfigurationMetafieldValue(launchDayFlashSale);

    expect(value).toEqual({ configuration: launchDayFlashSale, ...inputVariables(launchDayFlashSale) });
    expect(readFunctionConfiguration(JSON.parse(JSON.stringify(value)))).toEqual(launchDayFlashSale);
  });

  it("is refused by the Function when the stored variables are not the config's", () => {
    const value = JSON.parse(JSON.stringify(functionConfigurationMetafieldValue(launchDayFlashSale)));

    expect(readFunctionConfiguration({ ...value, timeTier1Start: "2026-05-01T16:00:00" })).toBeNull();
    expect(readFunctionConfiguration({ ...value, timeTier5End: undefined })).toBeNull();
    expect(readFunctionConfiguration({ ...value, collectionIds: [MUGS_COLLECTION] })).toBeNull();
    expect(readFunctionConfiguration({ configuration: launchDayFlashSale })).toBeNull();
    expect(readFunctionConfiguration(launchDayFlashSale)).toBeNull();
  });

  it("stays under the 10,000 bytes Shopify hands a Function, for the largest config the limits allow", () => {
    const longest = "€".repeat(MAX_MESSAGE_LENGTH);
    const gid = (type: string, i: number) => `gid://shopify/${type}/${9_007_199_254_740_000 + i}`;
    const appliesTo = {
      productIds: Array.from({ length: MAX_PRODUCT_IDS }, (_, i) => gid("Product", i)),
      collectionIds: Array.from({ length: MAX_COLLECTION_IDS }, (_, i) => gid("Collection", i)),
    };
    const largest: TieredDiscountConfig[] = [
      {
        version: 1,
        kind: "quantity",
        appliesTo,
        tiers: Array.from({ length: MAX_TIERS }, (_, i) => ({
          minimumQuantity: 9_990 + i,
          value: { amountOffEachItem: `99999999${i}.99` },
          message: longest,
        })),
      },
      {
        version: 1,
        kind: "time",
        appliesTo,
        tiers: Array.from({ length: MAX_TIME_TIERS }, (_, i) => ({
          startsAt: `2026-12-2${i}T00:00:00`,
          endsAt: `2026-12-2${i}T23:59:59`,
          percentage: 99.99,
          message: longest,
        })),
      },
    ];

    for (const config of largest) {
      expect(tieredDiscountConfigSchema.safeParse(config).success).toBe(true);
      const bytes = Buffer.byteLength(JSON.stringify(functionConfigurationMetafieldValue(config)));
      console.info(`[tiered discount] largest ${config.kind} metafield: ${bytes} B`);
      expect(bytes).toBeLessThan(10_000);
    }
  });
});
