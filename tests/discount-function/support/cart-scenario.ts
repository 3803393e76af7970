import { executeSync, type OperationDefinitionNode } from "graphql";
import type { CartLinesDiscountsGenerateRunInput } from "../../../storefront/tiered-discount/src/cart-lines-discounts-generate-run-input";
import { FUNCTION_CONFIGURATION_METAFIELD } from "../../../storefront/tiered-discount/src/configuration-metafield";
import { discountFunctionSchema, inputQuery } from "./discount-function-api";

/** A cart, a shop clock and a discount, from which Shopify would compute the Function's input. */
export type CartScenario = {
  /** The shop's local time, YYYY-MM-DDTHH:MM:SS. */
  now: string;
  lines: ScenarioLine[];
  discountClasses: ("ORDER" | "PRODUCT" | "SHIPPING")[];
  /** The function-configuration metafield's JSON value; null when the discount has none. */
  metafield: unknown;
  presentmentCurrencyRate?: string;
};

export type ScenarioLine = {
  id: string;
  quantity: number;
  unitPrice: string;
  /** Absent for a custom product. */
  product?: { id: string; collectionIds?: string[]; isGiftCard?: boolean };
};

/**
 * The input Shopify would hand the Function: the extension's real input query executed against
 * the Discount Function API schema. Variables come from the metafield's top-level keys (null
 * when absent), and shop.localTime answers as documented: dateTimeAfter is "at or past",
 * dateTimeBefore "before". A query error (a null required variable) throws, as Shopify then
 * fails the run.
 */
export function functionInput(scenario: CartScenario): CartLinesDiscountsGenerateRunInput {
  const result = executeSync({
    schema: discountFunctionSchema,
    document: inputQuery,
    rootValue: rootValue(scenario),
    variableValues: variablesFromMetafield(scenario.metafield),
  });
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return JSON.parse(JSON.stringify(result.data)) as CartLinesDiscountsGenerateRunInput;
}

function variablesFromMetafield(metafield: unknown): Record<string, unknown> {
  const operation = inputQuery.definitions[0] as OperationDefinitionNode;
  const stored = (typeof metafield === "object" && metafield !== null ? metafield : {}) as Record<string, unknown>;
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const name = definition.variable.name.value;
      return [name, stored[name] ?? null];
    }),
  );
}

function rootValue(scenario: CartScenario) {
  const lines = scenario.lines.map((line) => ({
    id: line.id,
    quantity: line.quantity,
    cost: {
      subtotalAmount: { amount: decimal(Number(line.unitPrice) * line.quantity), currencyCode: "EUR" },
    },
    merchandise: line.product
      ? {
          __typename: "ProductVariant",
          product: {
            id: line.product.id,
            isGiftCard: line.product.isGiftCard ?? false,
            inAnyCollection: ({ ids }: { ids: string[] }) =>
              ids.some((id) => line.product?.collectionIds?.includes(id) ?? false),
          },
        }
      : { __typename: "CustomProduct", isGiftCard: false },
  }));
  return {
    cart: { lines },
    discount: {
      discountClasses: scenario.discountClasses,
      metafield: ({ namespace, key }: { namespace: string; key: string }) =>
        scenario.metafield !== null &&
        namespace === FUNCTION_CONFIGURATION_METAFIELD.namespace &&
        key === FUNCTION_CONFIGURATION_METAFIELD.key
          ? { jsonValue: scenario.metafield, type: "json", value: JSON.stringify(scenario.metafield) }
          : null,
    },
    presentmentCurrencyRate: scenario.presentmentCurrencyRate ?? "1.0",
    shop: {
      localTime: {
        date: scenario.now.slice(0, 10),
        dateTimeAfter: ({ dateTime }: { dateTime: string }) => scenario.now >= dateTime,
        dateTimeBefore: ({ dateTime }: { dateTime: string }) => scenario.now < dateTime,
      },
    },
  };
}

/** Shopify writes Decimal amounts like "6.0"; the scenario does the same. */
function decimal(amount: number): string {
  return Number.isInteger(amount) ? amount.toFixed(1) : String(Math.round(amount * 100) / 100);
}
