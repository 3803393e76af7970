import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { enqueue } from "../../app/jobs/queue.server";
import { addDays } from "../../app/shop-time/calendar-date";
import { PREORDER_BALANCE_JOB } from "../../app/preorders/preorder-balances.server";
import { localDateOf } from "../../app/shop-time/shop-time-zone";
import { fulfillOrder } from "../devstore/support/back-office";
import { startDemoStack, type DemoStack } from "../support/demo-stack";
import { placePreorder } from "../support/preorder-shopper";

// A "go" collects the balances: over HTTP with the dev store, the app charges each order's
// balance to the card Shopify vaulted at checkout (orderCreateMandatePayment), once.
let stack: DemoStack;
let today: string;
let variants: { productId: string; variantId: string }[];

beforeAll(async () => {
  stack = await startDemoStack();
  const { state } = stack.devStore.store;
  variants = state.products
    .filter((p) => p.status === "ACTIVE" && p.variants.length > 0)
    .slice(0, 2)
    .map((product) => ({
      productId: `gid://shopify/Product/${product.id}`,
      variantId: `gid://shopify/ProductVariant/${product.variants[0].id}`,
    }));
  today = localDateOf(new Date(), state.shop.ianaTimezone);
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const orderIn = (id: string) => stack.devStore.store.state.orders.find((order) => order.id === id)!;

async function createTest(variant: { productId: string; variantId: string }, fields: Record<string, string>) {
  const response = await fetch(`${stack.app.url}/app/preorders/new`, {
    method: "POST",
    body: new URLSearchParams({
      productId: variant.productId,
      variantIds: variant.variantId,
      shipDate: addDays(today, 60),
      goalKind: "units",
      goalValue: "2",
      deadline: addDays(today, 30),
      ...fields,
    }),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  const testId = response.headers.get("location")!.split("/").pop()!;
  return db.preorderTest.findUniqueOrThrow({ where: { id: testId } });
}

async function decide(testId: string, intents: string[]) {
  for (const intent of intents) {
    const response = await fetch(`${stack.app.url}/app/preorders/${testId}`, {
      method: "POST",
      body: new URLSearchParams({ intent }),
    });
    expect(response.status, intent).toBe(200);
  }
}

async function preordersCounted(testId: string, count: number) {
  await stack.devStore.webhooks.drain();
  await vi.waitFor(async () => expect(await db.preorderLine.count({ where: { testId } })).toBe(count), {
    timeout: 15_000,
  });
}

describe("a go verdict", () => {
  it("charges each charge-later order's whole price once, even when a charge is asked again", async () => {
    const test = await createTest(variants[0], { paymentModel: "charge-later" });
    const orders = [
      await placePreorder(stack, variants[0].variantId, test.sellingPlanId!, "ana@example.com"),
      await placePreorder(stack, variants[0].variantId, test.sellingPlanId!, "ben@example.com"),
    ];
    expect(orders.map((order) => order.financialStatus)).toEqual(["PENDING", "PENDING"]);
    await preordersCounted(test.id, 2);

    await decide(test.id, ["end", "go"]);
    await vi.waitFor(
      async () =>
        expect(await db.preorderBalanceCharge.count({ where: { testId: test.id, status: "charged" } })).toBe(2),
      { timeout: 15_000 },
    );
    for (const order of orders.map((o) => orderIn(o.id))) {
      expect(order.financialStatus).toBe("PAID");
      expect(order.mandatePayments).toHaveLength(1);
      expect(order.mandatePayments![0].amount).toBe(order.total);
    }
    const charges = await db.preorderBalanceCharge.findMany({
      where: { testId: test.id },
      orderBy: { orderName: "asc" },
    });
    expect(charges.map((charge) => charge.amount)).toEqual(
      [...orders].sort((a, b) => a.name.localeCompare(b.name)).map((order) => Number(order.total)),
    );
    const page = await (await fetch(`${stack.app.url}/app/preorders/${test.id}`)).text();
    expect(page).toContain("2 charged");

    // A run that asked Shopify and stopped before storing the answer: the same idempotency key
    // brings back the first payment, and the buyer is not charged twice.
    const [first] = charges;
    await db.preorderBalanceCharge.update({
      where: { id: first.id },
      data: { status: "processing", paymentReferenceId: null },
    });
    await enqueue(db, {
      kind: PREORDER_BALANCE_JOB,
      key: `${PREORDER_BALANCE_JOB}:${first.id}:replay`,
      shop: first.shop,
      payload: { shop: first.shop, chargeId: first.id },
    });
    await vi.waitFor(
      async () =>
        expect(await db.preorderBalanceCharge.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
          status: "charged",
          paymentReferenceId: first.paymentReferenceId,
        }),
      { timeout: 15_000 },
    );
    expect(orderIn(`${first.orderId}`).mandatePayments).toHaveLength(1);
  });

  it("charges a deposit's balance due on fulfilment when the order is fulfilled, not before", async () => {
    const test = await createTest(variants[1], {
      paymentModel: "deposit",
      depositPercent: "25",
      balanceTrigger: "on-fulfillment",
    });
    const order = await placePreorder(stack, variants[1].variantId, test.sellingPlanId!, "cleo@example.com");
    expect(orderIn(order.id).financialStatus).toBe("PARTIALLY_PAID");
    await preordersCounted(test.id, 1);

    await decide(test.id, ["end", "go"]);
    const charge = await vi.waitFor(
      async () => {
        const found = await db.preorderBalanceCharge.findFirstOrThrow({ where: { testId: test.id } });
        // The go's own check ran and found the order unfulfilled.
        expect(
          await db.job.count({
            where: { kind: PREORDER_BALANCE_JOB, status: "succeeded", key: { contains: found.id } },
          }),
        ).toBe(1);
        return found;
      },
      { timeout: 15_000 },
    );
    expect(charge).toMatchObject({ status: "scheduled", dueAt: null });
    expect(orderIn(order.id).mandatePayments ?? []).toHaveLength(0);
    const waiting = await (await fetch(`${stack.app.url}/app/preorders/${test.id}`)).text();
    expect(waiting).toContain("When fulfilled");

    await fulfillOrder(stack.devStore.url, order.id);
    await stack.devStore.webhooks.drain();
    await vi.waitFor(
      async () =>
        expect(await db.preorderBalanceCharge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
          status: "charged",
        }),
      { timeout: 15_000 },
    );
    const paid = orderIn(order.id);
    expect(paid.financialStatus).toBe("PAID");
    expect(paid.mandatePayments).toHaveLength(1);
    // The balance is the 75 % left after the deposit.
    expect(Number(paid.mandatePayments![0].amount)).toBeCloseTo(Number(paid.total) * 0.75, 2);
  });
});
