import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webhookTopics } from "../../../app/webhooks/topics";
import { createControlHandler } from "../../../devstore/control/control-handler";
import { cancelOrder, refundOrder } from "../../../devstore/control/shop-events";
import { createStorefrontHandler } from "../../../devstore/storefront/handler";
import { webhookHmac } from "../../../devstore/webhooks/signature";
import { WebhookSender } from "../../../devstore/webhooks/sender";
import { adminClient, type AdminClient } from "../admin/admin-client";
import { ACCESS_TOKEN } from "../admin/state-fixture";
import { backOffice, fulfillOrder } from "../support/back-office";
import { checkout, type PlacedOrder } from "../support/checkout";
import { startRecordingEndpoint, type RecordingEndpoint } from "../webhooks/support/recording-endpoint";
import { ajv, shopifySchema } from "../webhooks/support/shopify-schema";
import { APP_SECRET } from "./state-fixture";
import { DEPOSIT_PLAN, FULL_PLAN, preorderState } from "./preorder-fixture";
import { startStorefront, type RunningStorefront } from "./storefront-server";

/**
 * A preorder's balance, collected as on Shopify: checkout vaults the buyer's card for an
 * order on payment terms, the app charges the balance to it with orderCreateMandatePayment
 * (idempotently), the order becomes paid and orders/paid reaches the app; the merchant marks
 * an order fulfilled in the back office and orders/fulfilled reaches the app.
 */

const NOW = new Date("2026-02-10T12:00:00Z");

// The app's documents for a go verdict, exactly as it sends them.
const PREORDER_BALANCE_ORDER = `#graphql
  query PreorderBalanceOrder($id: ID!) {
    order(id: $id) {
      id name cancelledAt displayFinancialStatus
      totalOutstandingSet { shopMoney { amount currencyCode } }
      paymentTerms { id paymentSchedules(first: 1) { nodes { id dueAt completedAt balanceDue { amount currencyCode } } } }
      paymentCollectionDetails { vaultedPaymentMethods { id } }
    }
  }
`;

const CHARGE_PREORDER_BALANCE = `#graphql
  mutation ChargePreorderBalance($id: ID!, $mandateId: ID!, $paymentScheduleId: ID, $idempotencyKey: String!) {
    orderCreateMandatePayment(id: $id, mandateId: $mandateId, paymentScheduleId: $paymentScheduleId, idempotencyKey: $idempotencyKey, autoCapture: true) {
      job { id done } paymentReferenceId userErrors { field message code }
    }
  }
`;

// The other arguments, for what the app's document does not send.
const CREATE_MANDATE_PAYMENT = `#graphql
  mutation CreateMandatePayment($id: ID!, $mandateId: ID!, $paymentScheduleId: ID, $idempotencyKey: String!, $amount: MoneyInput, $autoCapture: Boolean) {
    orderCreateMandatePayment(id: $id, mandateId: $mandateId, paymentScheduleId: $paymentScheduleId, idempotencyKey: $idempotencyKey, amount: $amount, autoCapture: $autoCapture) {
      job { id done } paymentReferenceId userErrors { field message code }
    }
  }
`;

const ORDER_BALANCE = `#graphql
  query OrderBalance($id: ID!) {
    order(id: $id) {
      displayFinancialStatus displayFulfillmentStatus capturable updatedAt
      totalReceivedSet { shopMoney { amount } }
      totalOutstandingSet { shopMoney { amount } }
      totalCapturableSet { shopMoney { amount } }
      paymentTerms {
        paymentTermsType due overdue
        paymentSchedules(first: 1) { nodes { due completedAt balanceDue { amount } totalBalance { amount } } }
      }
    }
  }
`;

const PAYMENT_STATUS = `#graphql
  query PaymentStatus($orderId: ID!, $paymentReferenceId: String!) {
    orderPaymentStatus(orderId: $orderId, paymentReferenceId: $paymentReferenceId) {
      paymentReferenceId status errorMessage translatedErrorMessage
    }
  }
`;

interface BalanceOrder {
  id: string;
  name: string;
  displayFinancialStatus: string;
  totalOutstandingSet: { shopMoney: { amount: string; currencyCode: string } };
  paymentTerms: { id: string; paymentSchedules: { nodes: { id: string; completedAt: string | null }[] } } | null;
  paymentCollectionDetails: { vaultedPaymentMethods: { id: string }[] };
}

interface MandatePaymentPayload {
  job: { id: string; done: boolean } | null;
  paymentReferenceId: string | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

let storefront: RunningStorefront;
let endpoint: RecordingEndpoint;
let webhooks: WebhookSender;
let admin: AdminClient;
let events: string[];

beforeEach(async () => {
  endpoint = await startRecordingEndpoint();
  storefront = await startStorefront({
    state: preorderState,
    // The storefront and the back office of one shop, as the dev store serves them.
    handler: (store) => {
      webhooks = new WebhookSender(store, { now: () => NOW, retryDelaysMs: [] });
      const shop = createStorefrontHandler(store, { now: () => NOW });
      const control = createControlHandler(store, webhooks, { now: () => NOW });
      return (request) => (new URL(request.url).pathname === "/devstore" ? control(request) : shop(request));
    },
  });
  const { app } = storefront.store.state;
  app.appUrl = endpoint.url;
  app.accessToken = ACCESS_TOKEN;
  app.scopes = ["read_orders", "write_orders", "read_payment_mandate", "write_payment_mandate"];
  app.webhookSubscriptions = ["orders/create", "orders/paid", "orders/fulfilled"].map((topic) => ({
    topic,
    uri: `/webhooks/${topic}`,
  }));
  admin = adminClient(storefront.store);
  admin.clock.now = NOW;
  events = [];
  for (const topic of ["orders/paid", "orders/fulfilled"] as const)
    storefront.store.events.on(topic, (id) => events.push(`${topic} ${id}`));
});
afterEach(async () => {
  await webhooks.stop();
  await storefront.close();
  await endpoint.close();
});

/** A 20% deposit preorder of the Oak ottoman (€1.249,50): €249,90 paid, €999,60 due on 1 April. */
function depositPreorder(email = "ada@example.com"): Promise<PlacedOrder> {
  return checkout(storefront.url, { email, lines: [{ variantId: 201, sellingPlanId: DEPOSIT_PLAN }] });
}

async function balanceOrder(gid: string): Promise<BalanceOrder> {
  const { body } = await admin.request(PREORDER_BALANCE_ORDER, { id: gid });
  expect(body.errors).toBeUndefined();
  return body.data!.order as BalanceOrder;
}

/** The app's charge of the whole balance, with the order's mandate and schedule. */
async function chargeBalance(order: BalanceOrder, idempotencyKey: string): Promise<MandatePaymentPayload> {
  const { body } = await admin.request(CHARGE_PREORDER_BALANCE, {
    id: order.id,
    mandateId: order.paymentCollectionDetails.vaultedPaymentMethods[0].id,
    paymentScheduleId: order.paymentTerms!.paymentSchedules.nodes[0].id,
    idempotencyKey,
  });
  expect(body.errors).toBeUndefined();
  return body.data!.orderCreateMandatePayment as MandatePaymentPayload;
}

async function mandatePayment(variables: Record<string, unknown>): Promise<MandatePaymentPayload> {
  const { body } = await admin.request(CREATE_MANDATE_PAYMENT, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.orderCreateMandatePayment as MandatePaymentPayload;
}

async function paymentStatus(orderId: string, paymentReferenceId: string) {
  const { body } = await admin.request(PAYMENT_STATUS, { orderId, paymentReferenceId });
  expect(body.errors).toBeUndefined();
  return body.data!.orderPaymentStatus;
}

async function balanceOf(gid: string) {
  const { body } = await admin.request(ORDER_BALANCE, { id: gid });
  expect(body.errors).toBeUndefined();
  return body.data!.order;
}

function delivered(topic: string) {
  return endpoint.requests.filter((request) => request.headers["x-shopify-topic"] === topic);
}

function stateOf(id: string) {
  return storefront.store.state.orders.find((order) => order.id === id)!;
}

describe("vaulting the buyer's card at checkout", () => {
  it("gives an order on payment terms one vaulted card, a PaymentMandate with a VaultCreditCard", async () => {
    const { gid } = await depositPreorder();
    const { body } = await admin.request(
      `query($id: ID!) { order(id: $id) { paymentCollectionDetails {
        additionalPaymentCollectionUrl
        vaultedPaymentMethods { id paymentInstrument { __typename ... on VaultCreditCard {
          brand lastDigits expiryMonth expiryYear expired name billingAddress { firstName lastName countryCode }
        } } }
      } } }`,
      { id: gid },
    );
    expect(body.errors).toBeUndefined();
    const details = (body.data!.order as { paymentCollectionDetails: unknown }).paymentCollectionDetails;
    expect(details).toEqual({
      additionalPaymentCollectionUrl: null,
      vaultedPaymentMethods: [
        {
          id: expect.stringMatching(/^gid:\/\/shopify\/PaymentMandate\/\d+$/),
          paymentInstrument: {
            __typename: "VaultCreditCard",
            brand: "visa",
            lastDigits: "4242",
            expiryMonth: 2,
            expiryYear: 2029,
            expired: false,
            name: "Ada Lovelace",
            billingAddress: { firstName: "Ada", lastName: "Lovelace", countryCode: expect.any(String) },
          },
        },
      ],
    });
  });

  it("vaults nothing for an order paid in full at checkout", async () => {
    const { gid } = await checkout(storefront.url, { lines: [{ variantId: 201, sellingPlanId: FULL_PLAN }] });
    const { body } = await admin.request(
      `query($id: ID!) { order(id: $id) { paymentCollectionDetails { vaultedPaymentMethods { id } } } }`,
      { id: gid },
    );
    expect(body.data!.order).toEqual({ paymentCollectionDetails: { vaultedPaymentMethods: [] } });
  });
});

describe("charging the balance with orderCreateMandatePayment", () => {
  it("charges exactly the balance: the order is paid, nothing is outstanding, the schedule is completed", async () => {
    const { gid, id } = await depositPreorder();
    const before = await balanceOrder(gid);
    expect(before).toEqual({
      id: gid,
      name: "#1013",
      cancelledAt: null,
      displayFinancialStatus: "PARTIALLY_PAID",
      totalOutstandingSet: { shopMoney: { amount: "999.6", currencyCode: "EUR" } },
      paymentTerms: {
        id: expect.stringMatching(/^gid:\/\/shopify\/PaymentTerms\/\d+$/),
        paymentSchedules: {
          nodes: [
            {
              id: expect.stringMatching(/^gid:\/\/shopify\/PaymentSchedule\/\d+$/),
              dueAt: "2026-04-01T00:00:00Z",
              completedAt: null,
              balanceDue: { amount: "999.6", currencyCode: "EUR" },
            },
          ],
        },
      },
      paymentCollectionDetails: { vaultedPaymentMethods: [{ id: expect.stringMatching(/PaymentMandate/) }] },
    });

    const charged = await chargeBalance(before, `preorder-balance-${id}`);
    expect(charged).toEqual({
      job: { id: expect.stringMatching(/^gid:\/\/shopify\/Job\/[0-9a-f-]{36}$/), done: true },
      paymentReferenceId: expect.any(String),
      userErrors: [],
    });
    expect(stateOf(id).mandatePayments).toEqual([
      expect.objectContaining({ amount: "999.60", captured: true, referenceId: charged.paymentReferenceId }),
    ]);

    const after = await balanceOrder(gid);
    expect(after).toMatchObject({
      displayFinancialStatus: "PAID",
      totalOutstandingSet: { shopMoney: { amount: "0.0", currencyCode: "EUR" } },
      paymentTerms: {
        paymentSchedules: {
          nodes: [{ completedAt: "2026-02-10T12:00:00Z", balanceDue: { amount: "0.0", currencyCode: "EUR" } }],
        },
      },
    });
    expect(await balanceOf(gid)).toMatchObject({
      capturable: false,
      updatedAt: "2026-02-10T12:00:00Z",
      totalReceivedSet: { shopMoney: { amount: "1249.5" } },
      totalCapturableSet: { shopMoney: { amount: "0.0" } },
      paymentTerms: {
        due: false,
        overdue: false,
        paymentSchedules: { nodes: [{ due: false, totalBalance: { amount: "0.0" } }] },
      },
    });

    const job = await admin.request(`query($id: ID!) { job(id: $id) { id done } }`, { id: charged.job!.id });
    expect(job.body.data).toEqual({ job: { id: charged.job!.id, done: true } });
    expect(await paymentStatus(gid, charged.paymentReferenceId!)).toEqual({
      paymentReferenceId: charged.paymentReferenceId,
      status: "CAPTURED",
      errorMessage: null,
      translatedErrorMessage: null,
    });
    expect(await paymentStatus(gid, "not-a-payment")).toBeNull();
  });

  it("sends orders/paid once, signed, paid in full", async () => {
    const { gid, id } = await depositPreorder();
    await chargeBalance(await balanceOrder(gid), "go-1");
    await webhooks.drain();

    expect(events).toEqual([`orders/paid ${id}`]);
    const requests = delivered("orders/paid");
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.headers["x-shopify-hmac-sha256"]).toBe(webhookHmac(request.body, APP_SECRET));
    const payload = JSON.parse(request.body) as Record<string, unknown>;
    const validate = ajv.compile(shopifySchema("orders/paid"));
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    expect(webhookTopics["orders/paid"].safeParse(payload).error?.issues ?? []).toEqual([]);
    expect(payload).toMatchObject({
      id: Number(id),
      financial_status: "paid",
      total_price: "1249.50",
      total_outstanding: "0.00",
    });
  });

  it("returns the first payment again for the same idempotency key, without a second charge or event", async () => {
    const { gid, id } = await depositPreorder();
    const order = await balanceOrder(gid);
    const first = await chargeBalance(order, "go-1");
    const again = await chargeBalance(order, "go-1");
    await webhooks.drain();

    expect(again).toEqual(first);
    expect(stateOf(id).mandatePayments).toHaveLength(1);
    expect(events).toEqual([`orders/paid ${id}`]);
    expect(delivered("orders/paid")).toHaveLength(1);
    expect((await balanceOrder(gid)).displayFinancialStatus).toBe("PAID");
  });

  it("charges part of the balance when given an amount, and the rest later", async () => {
    const { gid, id } = await depositPreorder();
    const order = await balanceOrder(gid);
    const mandateId = order.paymentCollectionDetails.vaultedPaymentMethods[0].id;

    const part = await mandatePayment({
      id: gid,
      mandateId,
      idempotencyKey: "part",
      amount: { amount: "400.00", currencyCode: "EUR" },
    });
    expect(part.userErrors).toEqual([]);
    expect(await balanceOf(gid)).toMatchObject({
      displayFinancialStatus: "PARTIALLY_PAID",
      totalReceivedSet: { shopMoney: { amount: "649.9" } },
      totalOutstandingSet: { shopMoney: { amount: "599.6" } },
      paymentTerms: { paymentSchedules: { nodes: [{ completedAt: null, balanceDue: { amount: "599.6" } }] } },
    });
    expect(events).toEqual([]);

    const rest = await mandatePayment({ id: gid, mandateId, idempotencyKey: "rest" });
    expect(rest.userErrors).toEqual([]);
    expect(rest.paymentReferenceId).not.toBe(part.paymentReferenceId);
    expect(stateOf(id).mandatePayments?.map((payment) => payment.amount)).toEqual(["400.00", "599.60"]);
    expect(await balanceOf(gid)).toMatchObject({
      displayFinancialStatus: "PAID",
      totalOutstandingSet: { shopMoney: { amount: "0.0" } },
      paymentTerms: { paymentSchedules: { nodes: [{ completedAt: "2026-02-10T12:00:00Z" }] } },
    });
    expect(events).toEqual([`orders/paid ${id}`]);
  });

  it("only authorizes the balance with autoCapture false: still owed, capturable, no orders/paid", async () => {
    const { gid, id } = await depositPreorder();
    const order = await balanceOrder(gid);
    const mandateId = order.paymentCollectionDetails.vaultedPaymentMethods[0].id;

    const authorized = await mandatePayment({ id: gid, mandateId, idempotencyKey: "auth", autoCapture: false });
    expect(authorized).toMatchObject({ job: { done: true }, userErrors: [] });
    expect(stateOf(id).mandatePayments).toEqual([expect.objectContaining({ amount: "999.60", captured: false })]);
    expect(await paymentStatus(gid, authorized.paymentReferenceId!)).toMatchObject({ status: "AUTHORIZED" });
    expect(await balanceOf(gid)).toMatchObject({
      displayFinancialStatus: "PARTIALLY_PAID",
      capturable: true,
      totalReceivedSet: { shopMoney: { amount: "249.9" } },
      totalOutstandingSet: { shopMoney: { amount: "999.6" } },
      totalCapturableSet: { shopMoney: { amount: "999.6" } },
      paymentTerms: {
        paymentSchedules: {
          nodes: [{ completedAt: null, balanceDue: { amount: "999.6" }, totalBalance: { amount: "0.0" } }],
        },
      },
    });
    expect(events).toEqual([]);

    const twice = await mandatePayment({ id: gid, mandateId, idempotencyKey: "capture" });
    expect(twice.userErrors).toEqual([
      {
        field: ["id"],
        message: "The order's outstanding balance is already authorized on the card.",
        code: "ORDER_MANDATE_PAYMENT_ERROR_CODE",
      },
    ]);
  });

  it("is refused without the write_payment_mandate scope, as Shopify refuses a field out of scope", async () => {
    const { gid } = await depositPreorder();
    const order = await balanceOrder(gid);
    storefront.store.state.app.scopes = ["read_orders", "write_orders"];

    const { body } = await admin.request(CHARGE_PREORDER_BALANCE, {
      id: gid,
      mandateId: order.paymentCollectionDetails.vaultedPaymentMethods[0].id,
      idempotencyKey: "no-scope",
    });
    expect(body.data).toEqual({ orderCreateMandatePayment: null });
    expect(body.errors).toEqual([
      {
        message:
          "Access denied for orderCreateMandatePayment field. Required access: `write_payment_mandate` access scope.",
        locations: [{ line: 3, column: 5 }],
        extensions: {
          code: "ACCESS_DENIED",
          documentation: "https://shopify.dev/api/usage/access-scopes",
          requiredAccess: "`write_payment_mandate` access scope.",
        },
        path: ["orderCreateMandatePayment"],
      },
    ]);
    expect(storefront.store.state.orders.at(-1)!.mandatePayments).toBeUndefined();
  });
});

describe("refusing a balance payment", () => {
  interface Case {
    name: string;
    arrange: (order: BalanceOrder, other: BalanceOrder) => Promise<Record<string, unknown>> | Record<string, unknown>;
    field: string[];
    message: string;
  }

  const request = (order: BalanceOrder, fields: Record<string, unknown> = {}) => ({
    id: order.id,
    mandateId: order.paymentCollectionDetails.vaultedPaymentMethods[0].id,
    idempotencyKey: "refused",
    ...fields,
  });
  const numeric = (gid: string) => gid.split("/").pop()!;

  const cases: Case[] = [
    {
      name: "an order that does not exist",
      arrange: (order) => request(order, { id: "gid://shopify/Order/999999" }),
      field: ["id"],
      message: "Order does not exist.",
    },
    {
      name: "a mandate that is not the order's",
      arrange: (order, other) =>
        request(order, { mandateId: other.paymentCollectionDetails.vaultedPaymentMethods[0].id }),
      field: ["mandateId"],
      message: "The payment mandate doesn't belong to this order.",
    },
    {
      name: "a cancelled order",
      arrange: (order) => {
        cancelOrder(storefront.store, numeric(order.id), NOW);
        return request(order);
      },
      field: ["id"],
      message: "The order is cancelled: its balance can't be collected.",
    },
    {
      name: "a refunded order",
      arrange: (order) => {
        refundOrder(storefront.store, numeric(order.id), NOW);
        return request(order);
      },
      field: ["id"],
      message: "The order is refunded: its balance can't be collected.",
    },
    {
      name: "an order with nothing outstanding",
      arrange: async (order) => {
        expect((await chargeBalance(order, "paid-before")).userErrors).toEqual([]);
        return request(order);
      },
      field: ["id"],
      message: "The order has no outstanding balance to collect.",
    },
    {
      name: "a payment schedule of another order",
      arrange: (order, other) =>
        request(order, { paymentScheduleId: other.paymentTerms!.paymentSchedules.nodes[0].id }),
      field: ["paymentScheduleId"],
      message: "The payment schedule doesn't belong to this order.",
    },
    {
      name: "an amount above the balance",
      arrange: (order) => request(order, { amount: { amount: "999.61", currencyCode: "EUR" } }),
      field: ["amount"],
      message: "The amount is more than the balance left to collect (999.60 EUR).",
    },
    {
      name: "a zero amount",
      arrange: (order) => request(order, { amount: { amount: "0", currencyCode: "EUR" } }),
      field: ["amount"],
      message: "The amount must be greater than zero.",
    },
    {
      name: "a negative amount",
      arrange: (order) => request(order, { amount: { amount: "-5.00", currencyCode: "EUR" } }),
      field: ["amount"],
      message: "The amount must be greater than zero.",
    },
    {
      name: "an amount in another currency",
      arrange: (order) => request(order, { amount: { amount: "100.00", currencyCode: "USD" } }),
      field: ["amount"],
      message: "The amount must be in the order's currency, EUR.",
    },
    {
      name: "an amount in fractions of a cent",
      arrange: (order) => request(order, { amount: { amount: "100.005", currencyCode: "EUR" } }),
      field: ["amount"],
      message: "The amount can't have more than 2 decimal places.",
    },
    {
      name: "a blank idempotency key",
      arrange: (order) => request(order, { idempotencyKey: " " }),
      field: ["idempotencyKey"],
      message: "The idempotency key can't be blank.",
    },
  ];

  it.each(cases)("for $name", async ({ arrange, field, message }) => {
    const order = await balanceOrder((await depositPreorder()).gid);
    const other = await balanceOrder((await depositPreorder("ben@example.com")).gid);
    const variables = await arrange(order, other);
    const paymentsBefore = storefront.store.state.orders.flatMap((o) => o.mandatePayments ?? []).length;
    const eventsBefore = events.length;

    const refused = await mandatePayment(variables);

    expect(refused).toEqual({
      job: null,
      paymentReferenceId: null,
      userErrors: [{ field, message, code: "ORDER_MANDATE_PAYMENT_ERROR_CODE" }],
    });
    expect(storefront.store.state.orders.flatMap((o) => o.mandatePayments ?? [])).toHaveLength(paymentsBefore);
    expect(events).toHaveLength(eventsBefore);
  });

  it("still returns the first payment for its key once the order is paid", async () => {
    const order = await balanceOrder((await depositPreorder()).gid);
    const first = await chargeBalance(order, "go-1");
    expect(await mandatePayment(request(order, { idempotencyKey: "go-1" }))).toEqual(first);
  });
});

describe("fulfilling an order in the back office", () => {
  it("marks it fulfilled and sends orders/fulfilled, signed and Shopify-shaped", async () => {
    const { gid, id } = await depositPreorder();

    await fulfillOrder(storefront.url, gid);
    await webhooks.drain();

    expect(stateOf(id)).toMatchObject({ fulfillmentStatus: "FULFILLED", fulfilledAt: NOW.toISOString() });
    expect(events).toEqual([`orders/fulfilled ${id}`]);
    const requests = delivered("orders/fulfilled");
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.path).toBe("/webhooks/orders/fulfilled");
    expect(request.headers["x-shopify-hmac-sha256"]).toBe(webhookHmac(request.body, APP_SECRET));
    const payload = JSON.parse(request.body) as Record<string, unknown> & { line_items: Record<string, unknown>[] };
    const validate = ajv.compile(shopifySchema("orders/fulfilled"));
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    expect(webhookTopics["orders/fulfilled"].safeParse(payload).error?.issues ?? []).toEqual([]);
    expect(payload).toMatchObject({
      id: Number(id),
      fulfillment_status: "fulfilled",
      financial_status: "partially_paid",
      total_outstanding: "999.60",
    });
    expect(payload.line_items.map((line) => line.fulfillment_status)).toEqual(["fulfilled"]);
    expect(await balanceOf(gid)).toMatchObject({ displayFulfillmentStatus: "FULFILLED" });
  });

  it("answers the JSON control endpoint, and refuses an order already fulfilled, an unknown one or a malformed id", async () => {
    const { id } = await depositPreorder();
    const post = (body: unknown) =>
      fetch(`${storefront.url}/devstore`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });

    const done = await post({ action: "fulfill-order", orderId: id });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ ok: true, message: "Done: the webhook is on its way to the app." });

    const again = await post({ action: "fulfill-order", orderId: id });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ ok: false, error: "Order #1013 is already fulfilled." });
    const unknown = await post({ action: "fulfill-order", orderId: "999999" });
    expect(unknown.status).toBe(409);
    expect(await unknown.json()).toEqual({ ok: false, error: "There is no order 999999." });
    const malformed = await post({ action: "fulfill-order", orderId: "#1013" });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      ok: false,
      error: "That request was incomplete: orderId must be an order's id",
    });
    await expect(fulfillOrder(storefront.url, id)).rejects.toThrow(
      "The back office refused fulfill-order (409): Order #1013 is already fulfilled.",
    );
    expect(events).toEqual([`orders/fulfilled ${id}`]);
  });

  it("refuses to fulfill a cancelled order", async () => {
    const { id } = await depositPreorder();
    await backOffice(storefront.url, { action: "cancel-order", orderId: id });
    await expect(fulfillOrder(storefront.url, id)).rejects.toThrow(
      "The back office refused fulfill-order (409): Order #1013 is cancelled; there is nothing to fulfill.",
    );
    expect(stateOf(id).fulfillmentStatus).toBe("UNFULFILLED");
  });

  it("offers Mark fulfilled on the page, as a form that posts back and redirects", async () => {
    const { id } = await depositPreorder();
    const page = await (await fetch(`${storefront.url}/devstore`)).text();
    expect(page).toContain(
      `<input type="hidden" name="action" value="fulfill-order"><input type="hidden" name="orderId" value="${id}"><button>Mark fulfilled</button>`,
    );

    const posted = await fetch(`${storefront.url}/devstore`, {
      method: "POST",
      body: new URLSearchParams({ action: "fulfill-order", orderId: id }),
      redirect: "manual",
    });
    expect(posted.status).toBe(303);
    expect(stateOf(id).fulfillmentStatus).toBe("FULFILLED");
    const after = await (await fetch(`${storefront.url}/devstore`)).text();
    expect(after).toContain("<td>partially paid, fulfilled</td>");
    expect(after).not.toContain(`name="orderId" value="${id}"><button>Mark fulfilled`);
  });

  it("makes a balance due on fulfillment due, and the app can then collect it", async () => {
    storefront.store.change((state) => {
      const deposit = state.sellingPlanGroups[0].sellingPlans.find((plan) => plan.id === DEPOSIT_PLAN)!;
      if (deposit.billingPolicy.kind !== "fixed") throw new Error("The deposit plan bills once");
      deposit.billingPolicy.remainingBalanceChargeTrigger = "ON_FULFILLMENT";
      deposit.billingPolicy.remainingBalanceChargeExactTime = null;
    });
    const { gid, id } = await depositPreorder();
    expect(await balanceOf(gid)).toMatchObject({
      paymentTerms: { paymentTermsType: "FULFILLMENT", due: false, paymentSchedules: { nodes: [{ due: false }] } },
    });

    await fulfillOrder(storefront.url, id);
    expect(await balanceOf(gid)).toMatchObject({
      paymentTerms: { due: true, paymentSchedules: { nodes: [{ due: true, balanceDue: { amount: "999.6" } }] } },
    });

    expect((await chargeBalance(await balanceOrder(gid), "on-fulfillment")).userErrors).toEqual([]);
    expect(await balanceOf(gid)).toMatchObject({
      displayFinancialStatus: "PAID",
      paymentTerms: { due: false, paymentSchedules: { nodes: [{ due: false, completedAt: "2026-02-10T12:00:00Z" }] } },
    });
    await webhooks.drain();
    expect(events).toEqual([`orders/fulfilled ${id}`, `orders/paid ${id}`]);
    expect(delivered("orders/fulfilled")).toHaveLength(1);
    expect(delivered("orders/paid")).toHaveLength(1);
  });
});
