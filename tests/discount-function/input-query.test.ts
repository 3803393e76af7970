import { readFileSync } from "node:fs";
import path from "node:path";
import {
  Kind,
  parse,
  validate,
  visit,
  type FieldNode,
  type OperationDefinitionNode,
  type ValueNode,
  print,
} from "graphql";
import { describe, expect, it } from "vitest";
import {
  FUNCTION_CONFIGURATION_METAFIELD,
  TIERED_DISCOUNT_FUNCTION_HANDLE,
} from "../../storefront/tiered-discount/src/configuration-metafield";
import * as functionExports from "../../storefront/tiered-discount/src/index";
import { inputVariables } from "../../storefront/tiered-discount/src/input-variables";
import { MAX_TIME_TIERS } from "../../storefront/tiered-discount/src/tiered-discount-limits";
import { discountFunctionSchema, EXTENSION_DIR, inputQuery, inputQueryText } from "./support/discount-function-api";
import { launchDayFlashSale, mugsVolumeDiscount, spendMoreSaveMore } from "./support/sample-configs";

const toml = readFileSync(path.join(EXTENSION_DIR, "shopify.extension.toml"), "utf8");
const operation = inputQuery.definitions[0] as OperationDefinitionNode;

function tomlString(key: string): string | undefined {
  return new RegExp(`^\\s*${key} = "([^"]*)"\\s*$`, "m").exec(toml)?.[1];
}

function literal(value: ValueNode | undefined): string {
  return value ? print(value) : "";
}

/** shop.localTime's selections: alias, field and the variable its argument takes. */
function localTimeSelections(): { alias: string; field: string; variable: string }[] {
  const found: { alias: string; field: string; variable: string }[] = [];
  visit(inputQuery, {
    Field(node: FieldNode) {
      if (node.name.value !== "localTime") return;
      for (const selection of node.selectionSet?.selections ?? []) {
        if (selection.kind !== Kind.FIELD) continue;
        const argument = selection.arguments?.[0]?.value;
        found.push({
          alias: selection.alias?.value ?? selection.name.value,
          field: selection.name.value,
          variable: argument?.kind === Kind.VARIABLE ? argument.name.value : "",
        });
      }
    },
  });
  return found;
}

describe("the input query (src/cart_lines_discounts_generate_run.graphql)", () => {
  it("is valid against Shopify's Discount Function API schema", () => {
    expect(validate(discountFunctionSchema, inputQuery).map((error) => error.message)).toEqual([]);
  });

  it("would catch a misspelt field, a wrong argument and a wrongly typed variable", () => {
    const errors = (text: string) => validate(discountFunctionSchema, parse(text)).map((error) => error.message);

    expect(errors(inputQueryText.replace("isGiftCard", "isGiftcard"))).toEqual([
      'Cannot query field "isGiftcard" on type "Product". Did you mean "isGiftCard"?',
    ]);
    expect(errors(inputQueryText.replace("dateTimeAfter(dateTime:", "dateTimeAfter(time:"))).toContain(
      'Unknown argument "time" on field "LocalTime.dateTimeAfter".',
    );
    expect(
      errors(inputQueryText.replace("$timeTier0Start: DateTimeWithoutTimezone!", "$timeTier0Start: DateTime!")),
    ).toEqual([
      'Variable "$timeTier0Start" of type "DateTime!" used in position expecting type "DateTimeWithoutTimezone!".',
    ]);
  });

  it("declares exactly the variables inputVariables() writes, for every kind of config", () => {
    const declared = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value).sort();

    for (const config of [launchDayFlashSale, mugsVolumeDiscount, spendMoreSaveMore]) {
      expect(Object.keys(inputVariables(config)).sort()).toEqual(declared);
    }
    expect(declared).toHaveLength(1 + 2 * MAX_TIME_TIERS);
  });

  it("asks shop.localTime whether each of the MAX_TIME_TIERS windows has started and has ended", () => {
    expect(localTimeSelections()).toEqual(
      Array.from({ length: MAX_TIME_TIERS }, (_, i) => [
        { alias: `timeTier${i}Started`, field: "dateTimeAfter", variable: `timeTier${i}Start` },
        { alias: `timeTier${i}Ended`, field: "dateTimeAfter", variable: `timeTier${i}End` },
      ]).flat(),
    );
  });

  it("reads the metafield that [extensions.input.variables] names, the one the admin writes", () => {
    const metafieldArguments: Record<string, string> = {};
    visit(inputQuery, {
      Field(node: FieldNode) {
        if (node.name.value !== "metafield") return;
        for (const argument of node.arguments ?? []) metafieldArguments[argument.name.value] = literal(argument.value);
      },
    });

    expect(metafieldArguments).toEqual({
      namespace: JSON.stringify(FUNCTION_CONFIGURATION_METAFIELD.namespace),
      key: JSON.stringify(FUNCTION_CONFIGURATION_METAFIELD.key),
    });
    expect(toml).toMatch(
      /\[extensions\.input\.variables\]\s*namespace = "\$app:tiered-discount"\s*key = "function-configuration"/,
    );
  });

  it("stays within Shopify's 3,000-byte limit on input queries (comments excluded)", () => {
    const withoutComments = inputQueryText
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("#"))
      .join("\n");
    console.info(`[tiered discount] input query: ${Buffer.byteLength(withoutComments)} B without comments`);

    expect(Buffer.byteLength(withoutComments)).toBeLessThanOrEqual(3_000);
  });
});

describe("shopify.extension.toml", () => {
  it("declares a function on cart.lines.discounts.generate.run with this query and an export the bundle has", () => {
    expect(tomlString("type")).toBe("function");
    expect(tomlString("api_version")).toBe("2026-04");
    expect(tomlString("handle")).toBe(TIERED_DISCOUNT_FUNCTION_HANDLE);
    expect(tomlString("target")).toBe("cart.lines.discounts.generate.run");
    expect(tomlString("input_query")).toBe("src/cart_lines_discounts_generate_run.graphql");
    expect(readFileSync(path.join(EXTENSION_DIR, tomlString("input_query")!), "utf8")).toBe(inputQueryText);

    // Shopify's build calls the export named in camelCase.
    const exportName = tomlString("export")!.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    expect(exportName).toBe("cartLinesDiscountsGenerateRun");
    expect(typeof (functionExports as Record<string, unknown>)[exportName]).toBe("function");
  });

  it("pins @shopify/shopify_function in the extension's package.json, not the app's", () => {
    const extension = JSON.parse(readFileSync(path.join(EXTENSION_DIR, "package.json"), "utf8"));
    const app = JSON.parse(readFileSync("package.json", "utf8"));

    expect(extension.dependencies).toEqual({ "@shopify/shopify_function": "2.0.1" });
    expect({ ...app.dependencies, ...app.devDependencies }).not.toHaveProperty("@shopify/shopify_function");
  });
});
