import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { addDays } from "../../app/shop-time/calendar-date";
import { localDateOf } from "../../app/shop-time/shop-time-zone";
import { preorderSettings } from "../support/preorder-form";
import { placePreorder } from "../support/preorder-shopper";
import { startDemoStack, type DemoStack } from "../support/demo-stack";

// A preorder test end to end over HTTP, as a merchant and shoppers would run it: the admin
// form creates the selling plan in the dev store, shoppers check out with it, signed
// webhooks reach the app, and the app proxy serves the storefront block's live numbers.
let stack: DemoStack;
let productId: string;
let variantId: string;
let today: string;

beforeAll(async () => {
  stack = await startDemoStack();
  const { state } = stack.devStore.store;
  const product = state.products.find((p) => p.status === "ACTIVE" && p.variants.length > 0)!;
  productId = `gid://shopify/Product/${product.id}`;
  variantId = `gid://shopify/ProductVariant/${product.variants[0].id}`;
  today = localDateOf(new Date(), state.shop.ianaTimezone);
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const numeric = (gid: string) => gid.slice(gid.lastIndexOf("/") + 1);

async function submitPreorderForm(fields: Record<string, string>) {
  const form = new URLSearchParams({ productId, variantIds: variantId, ...preorderSettings(today, fields) });
  return fetch(`${stack.app.url}/app/preorders/new`, { method: "POST", body: form, redirect: "manual" });
}

async function storefrontProgress(testId: string) {
  const response = await fetch(`${stack.storefrontUrl}/apps/fieldtest/preorders/${testId}/progress`);
  expect(response.status).toBe(200);
  return (await response.json()) as { units: number; state: string; percent: number };
}

describe("a preorder test", () => {
  it("refuses a past ship date with the form's message, and creates nothing in Shopify or the database", async () => {
    const groups = stack.devStore.store.state.sellingPlanGroups.length;
    const response = await submitPreorderForm({ shipDate: addDays(today, -1) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("The ship date is in the past");
    expect(stack.devStore.store.state.sellingPlanGroups.length).toBe(groups);
    expect(await db.preorderTest.count()).toBe(0);
  });

  it("counts 3 preorders, a duplicate webhook and a cancellation as 2; a moved ship date and a no-go reach the buyers", async () => {
    const created = await submitPreorderForm({});
    expect(created.status).toBe(302);
    const testId = created.headers.get("location")!.split("/").pop()!;
    const test = await db.preorderTest.findUniqueOrThrow({ where: { id: testId } });
    expect(test.sellingPlanId).toMatch(/^gid:\/\/shopify\/SellingPlan\/\d+$/);
    const group = stack.devStore.store.state.sellingPlanGroups.find((g) => g.id === numeric(test.sellingPlanGroupId!))!;
    expect(group.sellingPlans[0].category).toBe("PRE_ORDER");

    const orders: { id: string }[] = [];
    for (const email of ["ana@example.com", "ben@example.com", "cleo@example.com"]) {
      orders.push(await placePreorder(stack, variantId, test.sellingPlanId!, email));
    }
    await stack.devStore.webhooks.drain();
    await vi.waitFor(async () => expect((await storefrontProgress(testId)).units).toBe(3), { timeout: 15_000 });
    // Straight to the app, not through Shopify's proxy: no signature, no numbers.
    const shopDomain = stack.devStore.store.state.shop.myshopifyDomain;
    const unsigned = await fetch(`${stack.app.url}/proxy/preorders/${testId}/progress?shop=${shopDomain}`);
    expect(unsigned.status).toBe(400);

    // Shopify delivers at least once: the same orders/create again changes nothing.
    const delivery = stack.devStore.webhooks
      .log()
      .filter((d) => d.topic === "orders/create")
      .at(-3)!;
    expect(await stack.devStore.webhooks.redeliver(delivery.id)).toBe(200);

    const cancelled = await fetch(`${stack.storefrontUrl}/devstore`, {
      method: "POST",
      body: new URLSearchParams({ action: "cancel-order", orderId: numeric(orders[1].id) }),
      redirect: "manual",
    });
    expect(cancelled.status).toBe(303);
    await stack.devStore.webhooks.drain();

    await vi.waitFor(async () => expect((await storefrontProgress(testId)).units).toBe(2), { timeout: 15_000 });
    expect(await db.preorderLine.count({ where: { testId } })).toBe(3);
    const page = await (await fetch(`${stack.app.url}/app/preorders/${testId}`)).text();
    expect(page).toContain("2 of 10 units");
    expect(await storefrontProgress(testId)).toMatchObject({ units: 2, percent: 20, state: "open" });

    // The ship date moves: the two buyers still on order are emailed the new date and their right to cancel.
    const newDate = addDays(today, 75);
    const moved = await fetch(`${stack.app.url}/app/preorders/${testId}`, {
      method: "POST",
      body: new URLSearchParams({ intent: "move-ship-date", shipDate: newDate }),
    });
    expect(moved.status).toBe(200);
    await vi.waitFor(() => expect(stack.devStore.mailbox.messages()).toHaveLength(2), { timeout: 15_000 });
    const mails = stack.devStore.mailbox.messages();
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(["ana@example.com", "cleo@example.com"]);
    for (const mail of mails) expect(mail.text).toMatch(/cancel/i);
    await vi.waitFor(async () =>
      expect(await db.preorderNotice.count({ where: { testId, sentAt: { not: null } } })).toBe(2),
    );
    const told = await (await fetch(`${stack.app.url}/app/preorders/${testId}`)).text();
    expect(told).toContain("ana@example.com: sent");

    // While the test runs, the variant can't join a second one, and nothing is created for the attempt.
    const groups = stack.devStore.store.state.sellingPlanGroups.length;
    const second = await submitPreorderForm({});
    expect(second.status).toBe(400);
    expect(await second.text()).toContain("a variant can be in one preorder test at a time");
    expect(stack.devStore.store.state.sellingPlanGroups.length).toBe(groups);

    // The merchant ends the test and decides no-go: both orders are cancelled and refunded in
    // Shopify, the buyers get the cancellation notice, and nothing is on order any more.
    const post = (fields: Record<string, string>) =>
      fetch(`${stack.app.url}/app/preorders/${testId}`, { method: "POST", body: new URLSearchParams(fields) });
    expect((await post({ intent: "end" })).status).toBe(200);
    expect(stack.devStore.store.state.sellingPlanGroups.some((g) => g.id === numeric(test.sellingPlanGroupId!))).toBe(
      false,
    );
    expect((await post({ intent: "no-go" })).status).toBe(200);
    await vi.waitFor(() => expect(stack.devStore.mailbox.messages()).toHaveLength(4), { timeout: 15_000 });
    await stack.devStore.webhooks.drain();
    const remaining = [orders[0], orders[2]].map((o) => stack.devStore.store.state.orders.find((x) => x.id === o.id)!);
    expect(remaining.every((order) => order.cancelledAt !== null)).toBe(true);
    await vi.waitFor(async () => expect((await storefrontProgress(testId)).units).toBe(0), { timeout: 15_000 });
    expect((await db.preorderTest.findUniqueOrThrow({ where: { id: testId } })).status).toBe("no-go");
  });
});
