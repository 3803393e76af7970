import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { cartLinesDiscountsGenerateRun } from "../../storefront/tiered-discount/src/cart_lines_discounts_generate_run";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import { functionInput, type CartScenario } from "./support/cart-scenario";
import { EXTENSION_DIR } from "./support/discount-function-api";
import { LAUNCH_PRODUCT, MUGS_COLLECTION, OTHER_PRODUCT, launchDayFlashSale } from "./support/sample-configs";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8"));
const bytes = (json: unknown) => Buffer.byteLength(JSON.stringify(json));

/** A typical launch-hour cart: the launch product twice, a mug, a custom item. */
const typicalCart: CartScenario = {
  now: "2026-05-01T14:30:00",
  lines: [
    { id: "gid://shopify/CartLine/1", quantity: 2, unitPrice: "40.00", product: { id: LAUNCH_PRODUCT } },
    {
      id: "gid://shopify/CartLine/2",
      quantity: 1,
      unitPrice: "12.00",
      product: { id: OTHER_PRODUCT, collectionIds: [MUGS_COLLECTION] },
    },
    { id: "gid://shopify/CartLine/3", quantity: 1, unitPrice: "4.50" },
  ],
  discountClasses: ["PRODUCT", "ORDER"],
  metafield: functionConfigurationMetafieldValue(launchDayFlashSale),
};

describe("the Function's input and output", () => {
  it("for a typical launch-hour cart are the fixtures, a few kilobytes at most", () => {
    const input = functionInput(typicalCart);
    const output = cartLinesDiscountsGenerateRun(input);

    expect(input).toEqual(fixture("typical-time-tiered-input.json"));
    expect(output).toEqual(fixture("typical-time-tiered-output.json"));
    console.info(`[tiered discount] typical input ${bytes(input)} B, output ${bytes(output)} B (JSON)`);
    expect(bytes(input)).toBeLessThan(4_000);
    expect(bytes(output)).toBeLessThan(1_000);
  });

  it("for a 200-line cart, every line discounted, stay under Shopify's limits", () => {
    const lines = Array.from({ length: 200 }, (_, i) => ({
      id: `gid://shopify/CartLine/${1000 + i}`,
      quantity: 1,
      unitPrice: "19.99",
      product: { id: `gid://shopify/Product/${7_000_000_000_000 + i}` },
    }));
    const everything = functionConfigurationMetafieldValue({ ...launchDayFlashSale, appliesTo: "allProducts" });
    const input = functionInput({ ...typicalCart, lines, metafield: everything });
    const output = cartLinesDiscountsGenerateRun(input);
    console.info(`[tiered discount] 200-line input ${bytes(input)} B, output ${bytes(output)} B (JSON)`);

    expect(output.operations).toHaveLength(1);
    // 64,000 B of input (Shopify's changelog, May 2023); 20 kB of output (reported on Shopify's forum).
    expect(bytes(input)).toBeLessThan(64_000);
    expect(bytes(output)).toBeLessThan(20_000);
  });
});

describe("the Function's bundle", () => {
  it("is a few kilobytes of JavaScript, without zod", async () => {
    const result = await build({
      entryPoints: [path.join(EXTENSION_DIR, "src/index.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const code = result.outputFiles[0].contents;
    const gzip = gzipSync(code, { level: 9 }).length;
    console.info(`[tiered discount] bundle ${code.length} B minified, ${gzip} B gzip`);

    expect(Object.keys(result.metafile.inputs).filter((file) => file.includes("node_modules"))).toEqual([]);
    expect(code.length).toBeLessThan(16_000);
    expect(readFileSync(path.join(EXTENSION_DIR, "src/index.ts"), "utf8")).not.toMatch(/zod|schema/);
  });
});
