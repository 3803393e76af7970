import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webhookTopics } from "../../../app/webhooks/topics";
import { webhookHmac } from "../../../devstore/webhooks/signature";
import { WebhookSender } from "../../../devstore/webhooks/sender";
import { adminClient } from "../admin/admin-client";
import { ACCESS_TOKEN } from "../admin/state-fixture";
import { checkout } from "../support/checkout";
import { startRecordingEndpoint, type RecordingEndpoint } from "../webhooks/support/recording-endpoint";
import { ajv, shopifySchema } from "../webhooks/support/shopify-schema";
import { mainContent, visibleText } from "./html";
import { APP_SECRET } from "./state-fixture";
import { BALANCE_DUE, DEPOSIT_PLAN, FULL_PLAN, preorderState } from "./preorder-fixture";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";

/**
 * A preorder from the cart to the app: the checkout charges the deposit, the order keeps
 * each line's selling plan (LineItem.sellingPlan over the Admin API, as the app reads it)
 * and owes the balance on payment terms, and orders/create reaches the app signed and
 * Shopify-shaped — with no selling plan in it, as on Shopify.
 */

const NOW = new Date("2026-02-10T12:00:00Z");

const address = {
  country: "NL",
  firstName: "Ada",
  lastName: "Lovelace",
  address1: "Keizersgracht 1",
  zip: "1015 CJ",
  city: "Amsterdam",
};

// The preorder capability's own read of an order (app/preorders/preorder-admin-api.server.ts), plus the balance.
const ORDER_PREORDER_LINES = `#graphql
  query OrderPreorderLines($id: ID!) {
    order(id: $id) {
      id
      name
      createdAt
      email
      customer { id email displayName }
      lineItems(first: 250) {
        nodes {
          id
          quantity
          currentQuantity
          variant { id }
          product { id }
          sellingPlan { sellingPlanId name }
          originalUnitPriceSet { shopMoney { amount } }
          discountedTotalSet { shopMoney { amount } }
        }
      }
      displayFinancialStatus
      totalPriceSet { shopMoney { amount } }
      totalReceivedSet { shopMoney { amount } }
      totalOutstandingSet { shopMoney { amount currencyCode } }
      paymentTerms {
        paymentTermsType paymentTermsName dueInDays overdue
        paymentSchedules(first: 1) { nodes { dueAt completedAt balanceDue { amount } } }
      }
    }
  }
`;

let storefront: RunningStorefront;
let endpoint: RecordingEndpoint;
let webhooks: WebhookSender;
let events: string[];

beforeEach(async () => {
  endpoint = await startRecordingEndpoint();
  storefront = await startStorefront({ now: () => NOW, state: preorderState });
  const { app } = storefront.store.state;
  app.appUrl = endpoint.url;
  // The Admin API client of the admin tests signs in with their token.
  app.accessToken = ACCESS_TOKEN;
  app.webhookSubscriptions = ["orders/create", "orders/paid"].map((topic) => ({ topic, uri: `/webhooks/${topic}` }));
  webhooks = new WebhookSender(storefront.store, { now: () => NOW, retryDelaysMs: [] });
  events = [];
  storefront.store.events.on("orders/create", (id) => events.push(`orders/create ${id}`));
  storefront.store.events.on("orders/paid", (id) => events.push(`orders/paid ${id}`));
});
afterEach(async () => {
  await webhooks.stop();
  await storefront.close();
  await endpoint.close();
});

describe("checking out preorders", () => {
  it("charges the deposit now and shows the balance due later", async () => {
    const shopper = new Shopper(storefront.url);
    await shopper.postJson("/cart/add.js", {
      items: [
        { id: 202, quantity: 2, selling_plan: Number(DEPOSIT_PLAN) },
        { id: 301, quantity: 1 },
      ],
    });
    const page = visibleText(mainContent(await shopper.page("/checkout")));
    expect(page).toContain("Folding Storage Ottoman - Walnut × 2 (Pre-order, 20% deposit) €2.598,00");
    expect(page).toContain("Total €2.617,00 EUR Due today €538,60 Due later €2.078,40");

    const placed = await shopper.submit("/checkout", { ...address, email: "ada@example.com" });
    const order = storefront.store.state.orders.at(-1)!;
    expect(placed.headers.get("location")).toBe(`/orders/${order.id}`);
    expect(order).toMatchObject({
      total: "2617.00",
      financialStatus: "PARTIALLY_PAID",
      paymentTerms: { type: "FIXED", dueAt: BALANCE_DUE, dueInDays: null, paidAtCheckout: "538.60" },
    });
    expect(order.lines).toEqual([
      expect.objectContaining({
        variantId: "202",
        quantity: 2,
        price: "1299.00",
        sellingPlanId: DEPOSIT_PLAN,
        sellingPlanName: "Pre-order, 20% deposit",
      }),
      expect.objectContaining({ variantId: "301", sellingPlanId: null }),
    ]);
    // orders/paid waits for the balance.
    expect(events).toEqual([`orders/create ${order.id}`]);
  });

  it("lets the app read each line's selling plan, the balance and its due date over the Admin API", async () => {
    const { gid } = await checkout(storefront.url, {
      email: "ada@example.com",
      lines: [
        {
          variantId: "gid://shopify/ProductVariant/202",
          quantity: 2,
          sellingPlanId: `gid://shopify/SellingPlan/${DEPOSIT_PLAN}`,
        },
        { variantId: 301 },
      ],
    });

    const admin = adminClient(storefront.store);
    admin.clock.now = NOW;
    const { body } = await admin.request(ORDER_PREORDER_LINES, { id: gid });
    expect(body.errors).toBeUndefined();
    const order = body.data?.order as { lineItems: { nodes: { id: string }[] } };
    const [preorderLine, basketLine] = order.lineItems.nodes.map((line) => line.id);
    expect(order).toEqual({
      id: gid,
      name: "#1013",
      createdAt: "2026-02-10T12:00:00Z",
      email: "ada@example.com",
      customer: { id: "gid://shopify/Customer/500", email: "ada@example.com", displayName: "Ada Lovelace" },
      lineItems: {
        nodes: [
          {
            id: preorderLine,
            quantity: 2,
            currentQuantity: 2,
            variant: { id: "gid://shopify/ProductVariant/202" },
            product: { id: "gid://shopify/Product/200" },
            sellingPlan: { sellingPlanId: `gid://shopify/SellingPlan/${DEPOSIT_PLAN}`, name: "Pre-order, 20% deposit" },
            originalUnitPriceSet: { shopMoney: { amount: "1299.0" } },
            discountedTotalSet: { shopMoney: { amount: "2598.0" } },
          },
          {
            id: basketLine,
            quantity: 1,
            currentQuantity: 1,
            variant: { id: "gid://shopify/ProductVariant/301" },
            product: { id: "gid://shopify/Product/300" },
            sellingPlan: null,
            originalUnitPriceSet: { shopMoney: { amount: "19.0" } },
            discountedTotalSet: { shopMoney: { amount: "19.0" } },
          },
        ],
      },
      displayFinancialStatus: "PARTIALLY_PAID",
      totalPriceSet: { shopMoney: { amount: "2617.0" } },
      totalReceivedSet: { shopMoney: { amount: "538.6" } },
      totalOutstandingSet: { shopMoney: { amount: "2078.4", currencyCode: "EUR" } },
      paymentTerms: {
        paymentTermsType: "FIXED",
        paymentTermsName: "Fixed",
        dueInDays: null,
        overdue: false,
        paymentSchedules: {
          nodes: [{ dueAt: "2026-04-01T00:00:00Z", completedAt: null, balanceDue: { amount: "2078.4" } }],
        },
      },
    });
  });

  it("sends orders/create signed and valid against Shopify's schema, partially paid, with no selling plan in it", async () => {
    const { id } = await checkout(storefront.url, {
      email: "new.buyer@example.com",
      lines: [{ variantId: 201, sellingPlanId: DEPOSIT_PLAN }],
    });
    await webhooks.drain();

    const requests = endpoint.requests.filter((request) => request.headers["x-shopify-topic"] === "orders/create");
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.headers["x-shopify-hmac-sha256"]).toBe(webhookHmac(request.body, APP_SECRET));
    const payload = JSON.parse(request.body) as Record<string, unknown> & { line_items: Record<string, unknown>[] };
    const validate = ajv.compile(shopifySchema("orders/create"));
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    expect(webhookTopics["orders/create"].safeParse(payload).error?.issues ?? []).toEqual([]);
    expect(payload).toMatchObject({
      id: Number(id),
      financial_status: "partially_paid",
      total_price: "1249.50",
      total_outstanding: "999.60",
      payment_terms: null,
    });
    expect(JSON.stringify(payload.line_items)).not.toMatch(/selling_plan/);
    expect(endpoint.requests.some((request) => request.headers["x-shopify-topic"] === "orders/paid")).toBe(false);
  });

  it("charges a pay-in-full plan in full, at the plan's price, and sends orders/paid too", async () => {
    const { gid, id } = await checkout(storefront.url, { lines: [{ variantId: 201, sellingPlanId: FULL_PLAN }] });

    const order = storefront.store.state.orders.find((candidate) => candidate.id === id)!;
    expect(order).toMatchObject({ total: "1124.55", financialStatus: "PAID" });
    expect(order.paymentTerms).toBeUndefined();
    expect(events).toEqual([`orders/create ${id}`, `orders/paid ${id}`]);
    const { body } = await adminClient(storefront.store).request(
      `query($id: ID!) { order(id: $id) { totalOutstandingSet { shopMoney { amount } } paymentTerms { id } lineItems(first: 5) { nodes { sellingPlan { name } originalUnitPriceSet { shopMoney { amount } } } } } }`,
      { id: gid },
    );
    expect(body.data?.order).toEqual({
      totalOutstandingSet: { shopMoney: { amount: "0.0" } },
      paymentTerms: null,
      lineItems: {
        nodes: [
          {
            sellingPlan: { name: "Pre-order, pay in full, 10% off" },
            originalUnitPriceSet: { shopMoney: { amount: "1124.55" } },
          },
        ],
      },
    });
  });

  it("places three preorders with the test helper, each reaching the app as a signed orders/create", async () => {
    const buyers = ["a@example.com", "b@example.com", "c@example.com"];
    const placed = [];
    for (const email of buyers) {
      placed.push(await checkout(storefront.url, { email, lines: [{ variantId: 202, sellingPlanId: DEPOSIT_PLAN }] }));
    }
    await webhooks.drain();

    const delivered = endpoint.requests.filter((request) => request.headers["x-shopify-topic"] === "orders/create");
    expect(delivered.map((request) => (JSON.parse(request.body) as { id: number }).id)).toEqual(
      placed.map(({ id }) => Number(id)),
    );
    for (const request of delivered) {
      expect(request.headers["x-shopify-hmac-sha256"]).toBe(webhookHmac(request.body, APP_SECRET));
    }
    expect(webhooks.log().map((record) => record.state)).toEqual(["delivered", "delivered", "delivered"]);
  });

  it("refuses, in the helper too, a selling plan the variant does not have", async () => {
    await expect(
      checkout(storefront.url, { lines: [{ variantId: 301, sellingPlanId: DEPOSIT_PLAN }] }),
    ).rejects.toThrow(/The cart refused the lines \(422\).*Selling plan is not applicable/);
    expect(storefront.store.state.orders).toHaveLength(1);
  });
});
