import { bench, describe } from "vitest";
import { cartLinesDiscountsGenerateRun } from "../../storefront/tiered-discount/src/cart_lines_discounts_generate_run";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import { functionInput } from "../discount-function/support/cart-scenario";
import { LAUNCH_PRODUCT, launchDayFlashSale } from "../discount-function/support/sample-configs";

// The tiered discount Function's own work on a 200-line cart (every line discounted, the worst
// case Shopify's input limit allows in practice) and on a 3-line cart, against the floor every
// Function pays: reading its input JSON and writing its output JSON. Shopify counts Wasm
// instructions (11 million at most); the Wasm build needs the internet, so this measures the
// same TypeScript in Node, as a ratio to the floor.
const lines = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `gid://shopify/CartLine/${1000 + i}`,
    quantity: 1 + (i % 3),
    unitPrice: "19.99",
    product: { id: i === 0 ? LAUNCH_PRODUCT : `gid://shopify/Product/${7_000_000_000_000 + i}` },
  }));
const config = functionConfigurationMetafieldValue({ ...launchDayFlashSale, appliesTo: "allProducts" });

for (const count of [3, 200]) {
  const input = functionInput({
    now: "2026-05-01T14:30:00",
    lines: lines(count),
    discountClasses: ["PRODUCT", "ORDER"],
    metafield: config,
  });
  const text = JSON.stringify(input);
  const output = cartLinesDiscountsGenerateRun(input);

  describe(`tiered discount Function, ${count}-line cart (${text.length} B in, ${JSON.stringify(output).length} B out)`, () => {
    bench("baseline: parse the input and write the same output", () => {
      JSON.parse(text);
      JSON.stringify(output);
    });
    bench("parse the input, run the Function, write its output", () => {
      JSON.stringify(cartLinesDiscountsGenerateRun(JSON.parse(text)));
    });
  });
}
