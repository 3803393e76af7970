import { exchangeAt, readDocument, readFixture } from "./support/captured-exchanges";
import { describeReplay, step, type Scenario } from "./support/replay";

/**
 * Replays Shopify's captured selling plan group exchanges (tests/fixtures/shopify/admin-graphql/
 * selling-plans, API 2026-04): create, read, update, delete, the product and variant
 * memberships, the connections with their sort keys, searches and cursors, and every
 * validation branch with its userErrors (field, message, code), and a clean-up productDelete
 * (the other clean-up deletes of products kept their answers but not their requests).
 */

const DIR = "selling-plans";
const LIFECYCLE = `${DIR}/selling-plan-group-lifecycle.json`;
const ADD_REMOVE = `${DIR}/selling-plan-group-add-remove-validation.json`;
const APP_ID = `${DIR}/selling-plan-group-app-id-readback.json`;
const CAP = `${DIR}/selling-plan-group-cap-validation.json`;
const ACTIVE_MODEL = `${DIR}/selling-plan-group-create-active-model-validation.json`;
const INPUT_VALIDATION = `${DIR}/selling-plan-group-input-validation.json`;
const SUMMARY = `${DIR}/selling-plan-group-summary.json`;
const DELETE_TO_ZERO = `${DIR}/selling-plan-group-update-delete-to-zero.json`;
const LIVE_HYBRID = `${DIR}/selling-plan-group-live-hybrid-existing-resource.json`;
const REQUIRES_PLAN = `${DIR}/productCreate-requires-selling-plan-parity.json`;

/** Some captures keep their clean-up's response but not its request: the lifecycle's delete document. */
const deleteDocument = () => exchangeAt(LIFECYCLE, ["captures", 16]).query as string;

const scenarioKeys = (file: string) => Object.keys(readFixture(file).scenarios as object);

/**
 * The dev store's GraphQL Int is 32-bit, as the GraphQL spec has it, so a position of
 * 9999999999 is refused with INVALID_VARIABLE before it reaches the model; Shopify let it
 * through to answer "Position must be within the range of …" (INVALID).
 */
const OUT_OF_RANGE_INT = new Set(["groupPositionInvalid", "planCreatePositionInvalid", "planUpdatePositionInvalid"]);

const scenarios: Scenario[] = [
  {
    name: "lifecycle: create with a product, read, memberships, remove and add products and variants, update, delete; connections with sort keys, searches and cursors",
    // The capture's app holds other scopes than the dev store's.
    steps: () =>
      Array.from({ length: 24 }, (_, index) =>
        step(LIFECYCLE, ["captures", index], { options: { looseLists: ["data.currentAppInstallation.accessScopes"] } }),
      ),
  },
  {
    name: "adding members twice (TAKEN), unknown products and variants (NOT_FOUND), removing non-members, malformed ids, an unknown group",
    steps: () => Array.from({ length: 14 }, (_, index) => step(ADD_REMOVE, ["captures", index])),
  },
  {
    name: "appId set on create, changed by update, cleared by an explicit null",
    steps: () => [...scenarioKeys(APP_ID).map((key) => step(APP_ID, ["scenarios", key])), step(APP_ID, ["cleanup", 0])],
  },
  {
    name: "31 plans but not 32 in a group; a product joins 32 groups",
    steps: () => [
      step(CAP, ["scenarios", "thirtyOnePlansCreate"]),
      step(CAP, ["scenarios", "tooManyPlansCreate"]),
      step(CAP, ["scenarios", "productSetup"]),
      ...Array.from({ length: 32 }, (_, index) => step(CAP, ["scenarios", "groupCreates", index])),
      step(CAP, ["scenarios", "joinThirtyOneGroups"]),
      step(CAP, ["scenarios", "joinThirtyTwoGroups"]),
    ],
  },
  {
    name: "create's model checks (blank name, plan count bounds, missing policies) and an update with no plans to create",
    steps: () => {
      const create = readDocument(`${DIR}/sellingPlanGroupCreate-active-model-validation.graphql`);
      const update = readDocument(`${DIR}/sellingPlanGroupUpdate-empty-create-list.graphql`);
      return [
        ...scenarioKeys(ACTIVE_MODEL).map((key) =>
          step(ACTIVE_MODEL, ["scenarios", key], { query: key.startsWith("update") ? update : create }),
        ),
        step(ACTIVE_MODEL, ["cleanup", 0], { query: deleteDocument() }),
      ];
    },
  },
  {
    name: "input validation of groups and plans on create and update",
    steps: () => {
      const create = readDocument(`${DIR}/sellingPlanGroupCreate-input-validation.graphql`);
      const update = readDocument(`${DIR}/sellingPlanGroupUpdate-input-validation.graphql`);
      return [
        ...scenarioKeys(INPUT_VALIDATION)
          .filter((key) => !OUT_OF_RANGE_INT.has(key))
          .map((key) =>
            step(INPUT_VALIDATION, ["scenarios", key], { query: /^(group|plan)Update/.test(key) ? update : create }),
          ),
        step(INPUT_VALIDATION, ["cleanup", 0], { query: deleteDocument() }),
      ];
    },
  },
  {
    name: "the summary of percentage and fixed-amount discounts, in the shop's currency",
    steps: () => [
      step(SUMMARY, ["scenarios", "shopCurrency"], {
        query: readDocument(`${DIR}/sellingPlanGroupShopCurrency.graphql`),
      }),
      step(SUMMARY, ["scenarios", "createSummary"], {
        query: readDocument(`${DIR}/sellingPlanGroupCreate-summary.graphql`),
      }),
      step(SUMMARY, ["scenarios", "readSummary"], {
        query: readDocument(`${DIR}/sellingPlanGroupSummary-read.graphql`),
      }),
      step(SUMMARY, ["scenarios", "cleanupDelete"], { query: deleteDocument() }),
    ],
  },
  {
    name: "deleting a group's last plan is refused unless a replacement is created",
    steps: () => [
      ...scenarioKeys(DELETE_TO_ZERO).map((key) => step(DELETE_TO_ZERO, ["scenarios", key])),
      step(DELETE_TO_ZERO, ["cleanup", 0]),
    ],
  },
  {
    name: "reads of an existing group: nodes, membership probes, product and variant windows, update, downstream read",
    steps: () => [
      ...scenarioKeys(LIVE_HYBRID).map((key) => step(LIVE_HYBRID, ["scenarios", key])),
      step(LIVE_HYBRID, ["cleanup", "sellingPlanGroupDelete"]),
      step(LIVE_HYBRID, ["cleanup", "productDelete"]),
    ],
  },
  {
    name: "productCreate with requiresSellingPlan, read back",
    steps: () => [step(REQUIRES_PLAN, ["mutation"]), step(REQUIRES_PLAN, ["downstreamRead"])],
  },
];

describeReplay("Selling plan group conformance with Shopify's captures", scenarios, 139);
