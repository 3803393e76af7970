import { describe, expect, it } from "vitest";
import { functionIdOf } from "../../../devstore/storefront/cart/discounts/function-extensions";
import { functionConfigurationMetafieldValue } from "../../../storefront/tiered-discount/src/configuration-metafield";
import type { TimeTieredDiscount } from "../../../storefront/tiered-discount/src/tiered-discount-config";
import { CREATE_DISCOUNT, tieredDiscountInput } from "../support/discounts";
import { adminClient, type AdminClient } from "./admin-client";
import { adminTestState, APP_ID, openTestStore } from "./state-fixture";

/**
 * Fieldtest's tiered discounts over the Admin API, as the app creates, lists, edits and
 * deletes them: discountAutomaticAppCreate with the function's handle and its JSON
 * configuration metafield, the reads an admin list page needs (status from the shop's clock),
 * discountAutomaticAppUpdate and discountAutomaticDelete. The test shop is in Toronto; its
 * clock starts at 2026-06-01T12:00:00Z.
 */

const flashSale: TimeTieredDiscount = {
  version: 1,
  kind: "time",
  appliesTo: { productIds: ["gid://shopify/Product/101"], collectionIds: [] },
  tiers: [
    { startsAt: "2026-06-02T09:00:00", endsAt: "2026-06-02T10:00:00", percentage: 50, message: "First hour: 50% off" },
  ],
};

const CONFIG_VALUE = JSON.stringify(functionConfigurationMetafieldValue(flashSale));
const API_KEY = "fieldtest-api-key";

function discountClient(scopes = ["read_discounts", "write_discounts"]): AdminClient {
  const state = adminTestState();
  state.app.scopes.push(...scopes);
  return adminClient(openTestStore(state));
}

const DISCOUNT_FIELDS = `
  discountId
  title
  status
  startsAt
  endsAt
  createdAt
  updatedAt
  discountClasses
  combinesWith { productDiscounts orderDiscounts shippingDiscounts }
  appliesOnOneTimePurchase
  appliesOnSubscription
  recurringCycleLimit
  asyncUsageCount
  appDiscountType { appKey functionId title description discountClasses }
`;

const CREATE = `#graphql
  mutation Create($discount: DiscountAutomaticAppInput!) {
    discountAutomaticAppCreate(automaticAppDiscount: $discount) {
      automaticAppDiscount { ${DISCOUNT_FIELDS} }
      userErrors { field message code extraInfo }
    }
  }
`;

const NODE = `#graphql
  query Node($id: ID!) {
    discountNode(id: $id) {
      id
      discount { __typename ... on DiscountAutomaticApp { title status } }
      configuration: metafield(namespace: "$app:tiered-discount", key: "function-configuration") {
        namespace key type jsonValue
      }
      metafields(first: 5) { nodes { namespace key } }
    }
    automaticDiscountNode(id: $id) {
      id
      automaticDiscount { __typename ... on DiscountAutomaticApp { discountId } }
    }
  }
`;

async function create(client: AdminClient, overrides: Record<string, unknown> = {}) {
  const discount = { ...tieredDiscountInput({ title: "Launch flash sale", config: flashSale }), ...overrides };
  const { body } = await client.request(CREATE, { discount });
  expect(body.errors).toBeUndefined();
  return body.data!.discountAutomaticAppCreate as {
    automaticAppDiscount: Record<string, unknown> & { discountId: string };
    userErrors: unknown[];
  };
}

describe("discountAutomaticAppCreate", () => {
  it("creates the discount for the app's function, with its configuration metafield", async () => {
    const client = discountClient();
    const { automaticAppDiscount, userErrors } = await create(client, {
      startsAt: "2026-06-02T13:00:00Z",
      endsAt: "2026-06-03T04:00:00Z",
      combinesWith: { orderDiscounts: true },
    });
    expect(userErrors).toEqual([]);
    expect(automaticAppDiscount).toEqual({
      discountId: expect.stringMatching(/^gid:\/\/shopify\/DiscountAutomaticNode\/\d+$/),
      title: "Launch flash sale",
      status: "SCHEDULED",
      startsAt: "2026-06-02T13:00:00Z",
      endsAt: "2026-06-03T04:00:00Z",
      createdAt: "2026-06-01T12:00:00Z",
      updatedAt: "2026-06-01T12:00:00Z",
      discountClasses: ["PRODUCT"],
      combinesWith: { productDiscounts: false, orderDiscounts: true, shippingDiscounts: false },
      appliesOnOneTimePurchase: true,
      appliesOnSubscription: true,
      recurringCycleLimit: 1,
      asyncUsageCount: 0,
      appDiscountType: {
        appKey: API_KEY,
        functionId: functionIdOf(API_KEY, "tiered-discount"),
        title: "Fieldtest tiered discount",
        description: "Time-, quantity- and spend-tiered discounts",
        discountClasses: ["PRODUCT", "ORDER"],
      },
    });

    const { body } = await client.request(NODE, { id: automaticAppDiscount.discountId });
    expect(body.data).toEqual({
      discountNode: {
        id: automaticAppDiscount.discountId,
        discount: { __typename: "DiscountAutomaticApp", title: "Launch flash sale", status: "SCHEDULED" },
        configuration: {
          namespace: `app--${APP_ID}--tiered-discount`,
          key: "function-configuration",
          type: "json",
          jsonValue: JSON.parse(CONFIG_VALUE),
        },
        metafields: { nodes: [{ namespace: `app--${APP_ID}--tiered-discount`, key: "function-configuration" }] },
      },
      automaticDiscountNode: {
        id: automaticAppDiscount.discountId,
        automaticDiscount: { __typename: "DiscountAutomaticApp", discountId: automaticAppDiscount.discountId },
      },
    });
  });

  it("accepts the function by its (deprecated) functionId too", async () => {
    const { userErrors, automaticAppDiscount } = await create(discountClient(), {
      functionHandle: undefined,
      functionId: functionIdOf(API_KEY, "tiered-discount"),
    });
    expect(userErrors).toEqual([]);
    expect(automaticAppDiscount.title).toBe("Launch flash sale");
  });

  it.each([
    [
      "an unknown function handle",
      { functionHandle: "volume-discount" },
      [
        {
          field: ["automaticAppDiscount", "functionHandle"],
          message: `Function volume-discount not found. Ensure that it is released in the current app (${APP_ID}), and that the app is installed.`,
          code: "INVALID",
          extraInfo: null,
        },
      ],
    ],
    [
      "no function",
      { functionHandle: undefined },
      [
        {
          field: ["automaticAppDiscount", "functionHandle"],
          message: "Function id can't be blank.",
          code: "MISSING_FUNCTION_IDENTIFIER",
          extraInfo: null,
        },
      ],
    ],
    [
      "both a handle and an id",
      { functionId: "019e00a2-c8b0-7cbf-a6bf-35119ec10505" },
      [
        {
          field: ["automaticAppDiscount"],
          message: "Only one of functionId or functionHandle is allowed.",
          code: "MULTIPLE_FUNCTION_IDENTIFIERS",
          extraInfo: null,
        },
      ],
    ],
    [
      "a blank title",
      { title: " " },
      [
        {
          field: ["automaticAppDiscount", "title"],
          message: "Title can't be blank.",
          code: "INVALID",
          extraInfo: null,
        },
      ],
    ],
    [
      "no startsAt",
      { startsAt: undefined },
      [
        {
          field: ["automaticAppDiscount", "startsAt"],
          message: "Starts at can't be blank.",
          code: "INVALID",
          extraInfo: null,
        },
      ],
    ],
    [
      "no discount classes",
      { discountClasses: [] },
      [
        {
          field: ["automaticAppDiscount", "discountClasses"],
          message: "Discount classes can't be empty.",
          code: "INVALID",
          extraInfo: null,
        },
      ],
    ],
    [
      "endsAt before startsAt",
      { startsAt: "2026-06-02T13:00:00Z", endsAt: "2026-06-02T12:00:00Z" },
      [
        {
          field: ["automaticAppDiscount", "endsAt"],
          message: "Ends at needs to be after starts_at",
          code: "INVALID",
          extraInfo: null,
        },
      ],
    ],
    [
      "a json metafield that is not JSON",
      { metafields: [{ namespace: "$app:tiered-discount", key: "function-configuration", type: "json", value: "{" }] },
      [
        {
          field: ["automaticAppDiscount", "metafields", "0", "value"],
          message: expect.stringMatching(/^Value is invalid JSON/),
          code: "INVALID",
          extraInfo: null,
        },
      ],
    ],
  ])("refuses %s, creating nothing", async (_case, overrides, userErrors) => {
    const client = discountClient();
    const result = await create(client, overrides);
    expect(result).toEqual({ automaticAppDiscount: null, userErrors });
    expect(client.store.state.automaticDiscounts ?? []).toEqual([]);
    expect(client.store.state.metafields.filter((m) => m.ownerId.includes("Discount"))).toEqual([]);
  });

  it("needs the write_discounts scope", async () => {
    const { body } = await discountClient([]).request(CREATE_DISCOUNT, {
      discount: tieredDiscountInput({ title: "x", config: flashSale }),
    });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: "Access denied for discountAutomaticAppCreate field. Required access: `write_discounts` access scope.",
        extensions: expect.objectContaining({ code: "ACCESS_DENIED" }),
      }),
    ]);
  });
});

describe("reading discounts for an admin list page", () => {
  const LIST = `#graphql
    query List($query: String) {
      discountNodes(first: 10, query: $query, sortKey: TITLE) {
        nodes { id discount { ... on DiscountAutomaticApp { title status startsAt endsAt } } }
        pageInfo { hasNextPage }
      }
      discountNodesCount(query: $query) { count precision }
      automaticDiscountNodes(first: 10) { nodes { automaticDiscount { ... on DiscountAutomaticApp { title } } } }
    }
  `;

  async function listTitles(client: AdminClient, query: string | null) {
    const { body } = await client.request(LIST, { query });
    expect(body.errors).toBeUndefined();
    const data = body.data as {
      discountNodes: { nodes: { discount: { title: string; status: string } }[] };
      discountNodesCount: { count: number };
    };
    expect(data.discountNodesCount.count).toBe(data.discountNodes.nodes.length);
    return data.discountNodes.nodes.map(({ discount }) => `${discount.title}: ${discount.status}`);
  }

  it("lists them with their status at the shop's clock, and filters by status", async () => {
    const client = discountClient();
    await create(client, { title: "B scheduled", startsAt: "2026-06-02T00:00:00Z" });
    await create(client, { title: "A live", startsAt: "2026-06-01T00:00:00Z", endsAt: "2026-06-01T18:00:00Z" });
    await create(client, { title: "C ended", startsAt: "2026-05-01T00:00:00Z", endsAt: "2026-05-02T00:00:00Z" });

    expect(await listTitles(client, null)).toEqual(["A live: ACTIVE", "B scheduled: SCHEDULED", "C ended: EXPIRED"]);
    expect(await listTitles(client, "status:active")).toEqual(["A live: ACTIVE"]);
    expect(await listTitles(client, "status:scheduled,expired")).toEqual([
      "B scheduled: SCHEDULED",
      "C ended: EXPIRED",
    ]);
    expect(await listTitles(client, "type:app method:automatic")).toHaveLength(3);
    expect(await listTitles(client, "method:code")).toEqual([]);

    const { body } = await client.request(`{ discountNodesCount(query: "type:app", limit: 3) { count precision } }`);
    expect(body.data).toEqual({ discountNodesCount: { count: 3, precision: "AT_LEAST" } });

    // The clock moves: the scheduled one starts, the live one ends.
    client.clock.now = new Date("2026-06-02T00:00:00Z");
    expect(await listTitles(client, null)).toEqual(["A live: EXPIRED", "B scheduled: ACTIVE", "C ended: EXPIRED"]);
  });
});

describe("discountAutomaticAppUpdate", () => {
  const UPDATE = `#graphql
    mutation Update($id: ID!, $discount: DiscountAutomaticAppInput!) {
      discountAutomaticAppUpdate(id: $id, automaticAppDiscount: $discount) {
        automaticAppDiscount { title startsAt endsAt status updatedAt combinesWith { productDiscounts } }
        userErrors { field message code extraInfo }
      }
    }
  `;

  it("changes what it is given, keeps the rest, and replaces the configuration metafield", async () => {
    const client = discountClient();
    const { automaticAppDiscount } = await create(client, { startsAt: "2026-06-01T00:00:00Z" });
    client.clock.now = new Date("2026-06-01T13:00:00Z");
    const config = { ...flashSale, tiers: [{ ...flashSale.tiers[0], percentage: 40, message: "40% off" }] };
    const { body } = await client.request(UPDATE, {
      id: automaticAppDiscount.discountId,
      discount: {
        title: "Launch flash sale, gentler",
        endsAt: "2026-06-01T12:30:00Z",
        metafields: [
          {
            namespace: "$app:tiered-discount",
            key: "function-configuration",
            type: "json",
            value: JSON.stringify(functionConfigurationMetafieldValue(config)),
          },
        ],
      },
    });
    expect(body.data?.discountAutomaticAppUpdate).toEqual({
      automaticAppDiscount: {
        title: "Launch flash sale, gentler",
        startsAt: "2026-06-01T00:00:00Z",
        endsAt: "2026-06-01T12:30:00Z",
        status: "EXPIRED",
        updatedAt: "2026-06-01T13:00:00Z",
        combinesWith: { productDiscounts: false },
      },
      userErrors: [],
    });
    const metafields = client.store.state.metafields.filter((m) => m.ownerId === automaticAppDiscount.discountId);
    expect(metafields.map((m) => JSON.parse(m.value).configuration.tiers[0].message)).toEqual(["40% off"]);
  });

  it("refuses a blank title and an unknown discount, changing nothing", async () => {
    const client = discountClient();
    const { automaticAppDiscount } = await create(client);
    const blank = await client.request(UPDATE, { id: automaticAppDiscount.discountId, discount: { title: "" } });
    expect(blank.body.data?.discountAutomaticAppUpdate).toEqual({
      automaticAppDiscount: null,
      userErrors: [
        {
          field: ["automaticAppDiscount", "title"],
          message: "Title can't be blank.",
          code: "INVALID",
          extraInfo: null,
        },
      ],
    });
    const unknown = await client.request(UPDATE, {
      id: "gid://shopify/DiscountAutomaticNode/1",
      discount: { title: "x" },
    });
    expect(unknown.body.data?.discountAutomaticAppUpdate).toEqual({
      automaticAppDiscount: null,
      userErrors: [{ field: ["id"], message: "Discount does not exist", code: null, extraInfo: null }],
    });
    expect(client.store.state.automaticDiscounts?.map((discount) => discount.title)).toEqual(["Launch flash sale"]);
  });
});

describe("discountAutomaticDelete", () => {
  const DELETE = `#graphql
    mutation Delete($id: ID!) {
      discountAutomaticDelete(id: $id) { deletedAutomaticDiscountId userErrors { field message code extraInfo } }
    }
  `;

  it("deletes the discount and its metafields; a second delete finds nothing", async () => {
    const client = discountClient();
    const { automaticAppDiscount } = await create(client);
    const id = automaticAppDiscount.discountId;

    const deleted = await client.request(DELETE, { id });
    expect(deleted.body.data?.discountAutomaticDelete).toEqual({ deletedAutomaticDiscountId: id, userErrors: [] });
    expect((await client.request(NODE, { id })).body.data).toEqual({ discountNode: null, automaticDiscountNode: null });
    expect(client.store.state.metafields.filter((m) => m.ownerId === id)).toEqual([]);

    const again = await client.request(DELETE, { id });
    expect(again.body.data?.discountAutomaticDelete).toEqual({
      deletedAutomaticDiscountId: null,
      userErrors: [{ field: ["id"], message: "Automatic discount does not exist.", code: "INVALID", extraInfo: null }],
    });
  });
});

describe("metafieldsSet and metafieldsDelete on a discount", () => {
  const SET = `#graphql
    mutation Set($metafields: [MetafieldsSetInput!]!) {
      metafieldsSet(metafields: $metafields) {
        metafields { namespace key type value ownerType owner { __typename ... on DiscountAutomaticNode { id } } }
        userErrors { field message code elementIndex }
      }
    }
  `;
  const DELETE = `#graphql
    mutation Delete($metafields: [MetafieldIdentifierInput!]!) {
      metafieldsDelete(metafields: $metafields) {
        deletedMetafields { ownerId namespace key }
        userErrors { field message }
      }
    }
  `;
  const METAFIELDS = `#graphql
    query Metafields($id: ID!) {
      discountNode(id: $id) {
        configuration: metafield(namespace: "$app:tiered-discount", key: "function-configuration") { jsonValue }
        note: metafield(namespace: "$app:tiered-discount", key: "note") { value }
        metafields(first: 5) { nodes { key } }
      }
    }
  `;
  const NAMESPACE = `app--${APP_ID}--tiered-discount`;
  const gentler = { ...flashSale, tiers: [{ ...flashSale.tiers[0], percentage: 40, message: "40% off" }] };

  it("sets the discount's metafields, which its discountNode and the configuration its Function reads then show", async () => {
    const client = discountClient();
    const { automaticAppDiscount } = await create(client);
    const id = automaticAppDiscount.discountId;

    const { body } = await client.request(SET, {
      metafields: [
        {
          ownerId: id,
          namespace: "$app:tiered-discount",
          key: "function-configuration",
          value: JSON.stringify(functionConfigurationMetafieldValue(gentler)),
        },
        // The same discount by its DiscountNode id.
        {
          ownerId: id.replace("DiscountAutomaticNode", "DiscountNode"),
          namespace: "$app:tiered-discount",
          key: "note",
          type: "single_line_text_field",
          value: "Gentler after launch",
        },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.metafieldsSet).toEqual({
      metafields: [
        {
          namespace: NAMESPACE,
          key: "function-configuration",
          type: "json",
          value: JSON.stringify(functionConfigurationMetafieldValue(gentler)),
          ownerType: "DISCOUNT",
          owner: { __typename: "DiscountAutomaticNode", id },
        },
        {
          namespace: NAMESPACE,
          key: "note",
          type: "single_line_text_field",
          value: "Gentler after launch",
          ownerType: "DISCOUNT",
          owner: { __typename: "DiscountAutomaticNode", id },
        },
      ],
      userErrors: [],
    });

    const read = await client.request(METAFIELDS, { id });
    expect(read.body.data?.discountNode).toEqual({
      configuration: { jsonValue: functionConfigurationMetafieldValue(gentler) },
      note: { value: "Gentler after launch" },
      metafields: { nodes: [{ key: "function-configuration" }, { key: "note" }] },
    });
    // One configuration, replaced: what discountAutomaticAppCreate wrote and metafieldsSet changed.
    const configurations = client.store.state.metafields.filter((m) => m.key === "function-configuration");
    expect(configurations.map((m) => [m.ownerId, JSON.parse(m.value).configuration.tiers[0].message])).toEqual([
      [id, "40% off"],
    ]);

    const deleted = await client.request(DELETE, {
      metafields: [
        {
          ownerId: id.replace("DiscountAutomaticNode", "DiscountNode"),
          namespace: "$app:tiered-discount",
          key: "note",
        },
      ],
    });
    expect(deleted.body.data?.metafieldsDelete).toEqual({
      deletedMetafields: [
        { ownerId: id.replace("DiscountAutomaticNode", "DiscountNode"), namespace: NAMESPACE, key: "note" },
      ],
      userErrors: [],
    });
    const after = await client.request(METAFIELDS, { id });
    expect(after.body.data?.discountNode).toMatchObject({
      note: null,
      metafields: { nodes: [{ key: "function-configuration" }] },
    });
  });

  it.each([
    ["an automatic discount that does not exist", "gid://shopify/DiscountAutomaticNode/999999"],
    ["a code discount (the dev store has none)", "gid://shopify/DiscountCodeNode/1"],
  ])("says the owner does not exist for %s", async (_case, ownerId) => {
    const client = discountClient();
    const { body } = await client.request(SET, {
      metafields: [
        { ownerId, namespace: "$app:tiered-discount", key: "note", type: "single_line_text_field", value: "x" },
      ],
    });
    expect(body.data?.metafieldsSet).toEqual({
      metafields: [],
      userErrors: [
        {
          field: ["metafields", "0", "ownerId"],
          message: "Owner does not exist.",
          code: "INVALID",
          elementIndex: null,
        },
      ],
    });
  });
});

describe("node and nodes", () => {
  const NODES = `#graphql
    query Nodes($id: ID!, $ids: [ID!]!) {
      node(id: $id) {
        __typename
        id
        ... on DiscountAutomaticNode { automaticDiscount { ... on DiscountAutomaticApp { title } } }
      }
      nodes(ids: $ids) {
        __typename
        id
        ... on DiscountNode { discount { ... on DiscountAutomaticApp { title } } }
        ... on HasMetafields { metafield(namespace: "$app:tiered-discount", key: "function-configuration") { type } }
      }
    }
  `;

  it("find a discount by its DiscountAutomaticNode and DiscountNode ids", async () => {
    const client = discountClient();
    const { automaticAppDiscount } = await create(client);
    const id = automaticAppDiscount.discountId;
    const number = id.split("/").at(-1);

    const { body } = await client.request(NODES, {
      id,
      ids: [
        `gid://shopify/DiscountNode/${number}`,
        id,
        "gid://shopify/DiscountAutomaticNode/999999",
        "gid://shopify/DiscountCodeNode/1",
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      node: { __typename: "DiscountAutomaticNode", id, automaticDiscount: { title: "Launch flash sale" } },
      nodes: [
        {
          __typename: "DiscountNode",
          id,
          discount: { title: "Launch flash sale" },
          metafield: { type: "json" },
        },
        { __typename: "DiscountAutomaticNode", id, metafield: { type: "json" } },
        null,
        null,
      ],
    });
  });
});
