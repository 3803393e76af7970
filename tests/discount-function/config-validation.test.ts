import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { parseTieredDiscountConfig } from "../../storefront/tiered-discount/src/parse-tiered-discount-config";
import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import { tieredDiscountConfigSchema } from "../../storefront/tiered-discount/src/tiered-discount-config-schema";
import { badConfigs, goodConfigs } from "./support/config-examples";

describe("the tiered discount config: the Function's validator and the admin's zod schema", () => {
  it.each(goodConfigs)("both accept %s, unchanged", (_name, config) => {
    const json = JSON.parse(JSON.stringify(config));

    expect(parseTieredDiscountConfig(json)).toEqual(config);
    const parsed = tieredDiscountConfigSchema.safeParse(json);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(config);
  });

  it.each(badConfigs)("both refuse %s", (_name, value) => {
    expect(parseTieredDiscountConfig(value)).toBeNull();
    expect(tieredDiscountConfigSchema.safeParse(value).success).toBe(false);
  });

  it("describe one and the same type", () => {
    expectTypeOf<z.infer<typeof tieredDiscountConfigSchema>>().toEqualTypeOf<TieredDiscountConfig>();
  });

  it("gives the admin form a message it can show next to the field", () => {
    const parsed = tieredDiscountConfigSchema.safeParse(
      badConfigs.find(([name]) => name === "overlapping windows")![1],
    );

    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["tiers", "Windows must be in order and must not overlap"],
    ]);
  });
});
