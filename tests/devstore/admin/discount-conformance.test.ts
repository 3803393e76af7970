import type { DevAutomaticAppDiscount, DevStoreState } from "../../../devstore/state/types";
import { functionIdOf } from "../../../devstore/storefront/cart/discounts/function-extensions";
import { exchangeAt, readFixture, valueAt } from "./support/captured-exchanges";
import { describeReplay, step, type Scenario, type Step } from "./support/replay";

/**
 * Replays Shopify's captured exchanges for app discounts (tests/fixtures/shopify/
 * admin-graphql/discounts): discountAutomaticAppCreate and …Update's validation,
 * discountAutomaticDelete of unknown and real discounts, and discountNodesCount after
 * creates. The captures ran against the maintainers' "conformance-discount" Function; the
 * replays name the app's own, tiered-discount, instead (the request texts stay Shopify's).
 * Their code-discount exchanges (discountCodeApp…) are not replayed: the dev store keeps no
 * code discounts. Discounts the captures created beforehand are arranged with Shopify's ids.
 */

const DIR = "discounts";
const VALIDATOR = `${DIR}/app-discount-input-validator.json`;
const DELETE_UNKNOWN = `${DIR}/discount-delete-unknown-id.json`;
const COUNT_ONLY = `${DIR}/discount-app-count-only-read-after-create.json`;

const CAPTURED_HANDLE = "conformance-discount";
const CAPTURED_FUNCTION_ID = "019e00a2-c8b0-7cbf-a6bf-35119ec10505";
const API_KEY = "fieldtest-api-key";

/** The capture's Function, named as the app's own. */
function ourFunction(value: unknown): unknown {
  if (value === CAPTURED_HANDLE) return "tiered-discount";
  if (value === CAPTURED_FUNCTION_ID) return functionIdOf(API_KEY, "tiered-discount");
  if (Array.isArray(value)) return value.map(ourFunction);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ourFunction(item)]));
  return value;
}

function withOurFunction({ label, exchange, options }: Step): Step {
  return {
    label,
    exchange: { ...exchange, variables: ourFunction(exchange.variables) as Record<string, unknown> },
    options,
  };
}

/** A capture that keeps a request (query, variables) apart from its response. */
function split(file: string, request: (string | number)[], response: (string | number)[], variables?: object): Step {
  const fixture = readFixture(file);
  const sent = valueAt(fixture, request) as { query: string; variables?: Record<string, unknown> };
  const { response: captured } = exchangeAt(file, response, fixture);
  return {
    label: `${file} ${response.join(".")}`,
    exchange: {
      pointer: response,
      query: sent.query,
      variables: { ...sent.variables, ...variables },
      operationName: null,
      response: captured,
    },
  };
}

const automaticDeleteQuery = () =>
  (valueAt(readFixture(DELETE_UNKNOWN), ["requests", "automaticDelete"]) as { query: string }).query;

function arrangeDiscount(state: DevStoreState, id: string, fields: Partial<DevAutomaticAppDiscount> = {}) {
  state.app.scopes.push("read_discounts", "write_discounts");
  (state.automaticDiscounts ??= []).push({
    id,
    title: `Captured discount ${id}`,
    functionHandle: "tiered-discount",
    discountClasses: ["ORDER"],
    combinesWith: { productDiscounts: false, orderDiscounts: false, shippingDiscounts: false },
    startsAt: "2026-05-05T00:00:00Z",
    endsAt: null,
    appliesOnOneTimePurchase: true,
    appliesOnSubscription: true,
    recurringCycleLimit: 1,
    tags: [],
    createdAt: "2026-05-05T00:00:00Z",
    updatedAt: "2026-05-05T00:00:00Z",
    ...fields,
  });
}

const AUTOMATIC_CASES = [
  "automaticCreateBlankTitle",
  "automaticCreateMissingStartsAt",
  "automaticCreateEmptyDiscountClasses",
  "automaticUpdateBlankTitle",
  "automaticUpdateMissingStartsAt",
  "automaticUpdateEmptyDiscountClasses",
];
/**
 * Not replayed: automaticCreateChannelIds. Shopify reports the unknown argument and then the
 * variable only it used as unused (variableNotUsed); the dev store's validation reports the
 * first only (devstore/admin/errors/validation-errors.ts).
 */
const SCHEMA_REJECTED = ["automaticUpdateCustomerSelection", "automaticCreateCustomerSelection"];

const scenarios: Scenario[] = [
  {
    name: "automatic app discount input validation: blank title, missing startsAt, empty discount classes, on create and update; inputs the schema refuses; deleting the discount",
    arrange: (state) => arrangeDiscount(state, "1640671445298"),
    steps: () => {
      const cleanup = valueAt(readFixture(VALIDATOR), ["cleanup", 2]) as { id: string };
      return [
        ...AUTOMATIC_CASES.map((key) => withOurFunction(step(VALIDATOR, ["cases", key]))),
        // Refused before they run: the errors echo the variables as sent.
        ...SCHEMA_REJECTED.map((key) => step(VALIDATOR, ["schemaRejectedCases", key])),
        {
          label: `${VALIDATOR} cleanup.2`,
          exchange: {
            ...exchangeAt(VALIDATOR, ["cleanup", 2]),
            query: automaticDeleteQuery(),
            variables: { id: cleanup.id },
          },
        },
      ];
    },
  },
  {
    name: "discountAutomaticDelete of an unknown id, then of a real discount",
    arrange: (state) => arrangeDiscount(state, "1640505508146"),
    steps: () => [
      split(DELETE_UNKNOWN, ["requests", "unknownAutomaticDelete"], ["unknownAutomaticDelete"]),
      split(DELETE_UNKNOWN, ["requests", "automaticDelete"], ["automaticDelete"]),
    ],
  },
  {
    name: 'discountNodesCount(query: "type:app") with and without a limit, after each create; deleting both',
    arrange: (state) => state.app.scopes.push("read_discounts", "write_discounts"),
    steps: () => {
      const variables = readFixture(COUNT_ONLY).variables as { baselineId: string; localId: string };
      return [
        withOurFunction(split(COUNT_ONLY, ["requests", "baselineCreate"], ["setup", "baselineCreate"])),
        split(COUNT_ONLY, ["requests", "baselineRead"], ["setup", "baselineRead"]),
        withOurFunction(split(COUNT_ONLY, ["requests", "localCreate"], ["localCreate"])),
        split(COUNT_ONLY, ["requests", "readAfterCreate"], ["readAfterCreate"]),
        ...[variables.baselineId, variables.localId].map((id, index) => ({
          label: `${COUNT_ONLY} cleanup.${index}`,
          exchange: { ...exchangeAt(COUNT_ONLY, ["cleanup", index]), query: automaticDeleteQuery(), variables: { id } },
        })),
      ];
    },
  },
];

describeReplay("App discount conformance with Shopify's captures", scenarios, 17);
