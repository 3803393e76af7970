import { Session } from "@shopify/shopify-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import db from "../../app/db.server";
import { ManualClock } from "../../app/jobs/clock";
import { addDays } from "../../app/shop-time/calendar-date";
import { readPreorderForm } from "../../app/preorders/preorder-form";
import {
  createPreorderTest,
  extendPreorderTest,
  findPreorderTest,
  preorderTestSummary,
} from "../../app/preorders/preorder-tests.server";
import { endOfLocalDay, localDateOf } from "../../app/shop-time/shop-time-zone";
import { sessionStorage, unauthenticated } from "../../app/shopify.server";
import { routeAdminApiToDevStore } from "../../app/shopify/dev-store-transport.server";
import { startDevStore, type RunningDevStore } from "../../devstore/server";
import { testWorker } from "../support/app";

// The deadline's job, in-process against the dev store: the test ends when its last day is over
// in the shop's time zone, its plan leaves the variants, and an extension moves the end.
const shop = "deadline-test.myshopify.com";
let devStore: RunningDevStore;

beforeAll(async () => {
  devStore = await startDevStore({
    file: null,
    appUrl: "https://fieldtest.test",
    apiKey: process.env.SHOPIFY_API_KEY!,
    apiSecret: process.env.SHOPIFY_API_SECRET!,
    seed: { shopDomain: shop },
  });
  devStore.store.state.app.accessToken = "token";
  routeAdminApiToDevStore(devStore.url, shop);
  await sessionStorage.storeSession(
    new Session({ id: `offline_${shop}`, shop, state: "x", isOnline: false, accessToken: "token" }),
  );
});
afterAll(async () => {
  await devStore?.close();
});

async function newTest(today: string, timeZone: string) {
  const { state } = devStore.store;
  const product = state.products.filter((p) => p.status === "ACTIVE").at(-1)!;
  const read = readPreorderForm(
    {
      productId: `gid://shopify/Product/${product.id}`,
      variantIds: [`gid://shopify/ProductVariant/${product.variants[0].id}`],
      paymentModel: "full",
      shipDate: addDays(today, 40),
      goalKind: "units",
      goalValue: "5",
      deadline: addDays(today, 10),
    },
    { today, currency: state.shop.currencyCode },
  );
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const { admin } = await unauthenticated.admin(shop);
  const created = await createPreorderTest(db, admin, {
    shop,
    draft: read.draft,
    productTitle: product.title,
    timeZone,
    now: new Date(),
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return { test: created.test, admin };
}

describe("a preorder test's deadline", () => {
  it("ends the test when the deadline's day is over in the shop's time zone, not before, and removes the plan", async () => {
    const timeZone = devStore.store.state.shop.ianaTimezone;
    const today = localDateOf(new Date(), timeZone);
    const { test, admin } = await newTest(today, timeZone);
    const groupId = test.sellingPlanGroupId!.split("/").pop();

    const end = new Date(endOfLocalDay(test.form.deadline, timeZone));
    await testWorker(new ManualClock(new Date(end.getTime() - 60_000))).drain();
    expect((await findPreorderTest(db, shop, test.id))!.status).toBe("live");

    // Extended by a week: the first deadline's job finds itself superseded.
    expect((await extendPreorderTest(db, admin, test, addDays(test.form.deadline, 7), new Date())).ok).toBe(true);
    await testWorker(new ManualClock(new Date(end.getTime() + 60_000))).drain();
    expect((await findPreorderTest(db, shop, test.id))!.status).toBe("live");

    const laterEnd = new Date(endOfLocalDay(addDays(test.form.deadline, 7), timeZone));
    await testWorker(new ManualClock(new Date(laterEnd.getTime() + 60_000))).drain();
    const ended = (await findPreorderTest(db, shop, test.id))!;
    expect(ended.status).toBe("ended");
    expect(ended.sellingPlanGroupId).toBeNull();
    expect(devStore.store.state.sellingPlanGroups.some((group) => group.id === groupId)).toBe(false);
    const { verdict } = await preorderTestSummary(db, ended, new Date(laterEnd.getTime() + 120_000));
    expect(verdict.kind).toBe("ended-missed");
  });
});
