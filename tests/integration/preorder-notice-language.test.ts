import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { addDays } from "../../app/shop-time/calendar-date";
import { localDateOf } from "../../app/shop-time/shop-time-zone";
import { preorderSettings } from "../support/preorder-form";
import { placePreorder } from "../support/preorder-shopper";
import { startDemoStack, type DemoStack } from "../support/demo-stack";

// Buyers' notices in the language they checked out in, end to end: the dev store's orders/create
// carries each order's customer_locale (a customer's own locale, or the shop's for a guest), the
// app keeps it on the preorder lines, and the moved ship date and the no-go reach the dev store's
// mailbox in German for the German buyer and in English for the English one.
let stack: DemoStack;
let variantId: string;
let productId: string;
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

const longDate = (isoDate: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));

describe("a preorder buyer's notices", () => {
  it("speak German to a buyer who checked out in German and English to one who checked out in English", async () => {
    const created = await fetch(`${stack.app.url}/app/preorders/new`, {
      method: "POST",
      body: new URLSearchParams({ productId, variantIds: variantId, ...preorderSettings(today) }),
      redirect: "manual",
    });
    expect(created.status).toBe(302);
    const testId = created.headers.get("location")!.split("/").pop()!;
    const test = await db.preorderTest.findUniqueOrThrow({ where: { id: testId } });

    const germanBuyer = stack.devStore.store.state.customers.find((customer) => customer.locale === "de")!;
    const germanOrder = await placePreorder(stack, variantId, test.sellingPlanId!, germanBuyer.email);
    const englishOrder = await placePreorder(stack, variantId, test.sellingPlanId!, "ana@example.com");
    await stack.devStore.webhooks.drain();
    await vi.waitFor(async () => expect(await db.preorderLine.count({ where: { testId } })).toBe(2), {
      timeout: 15_000,
    });
    const lines = await db.preorderLine.findMany({ where: { testId }, orderBy: { orderedAt: "asc" } });
    expect(lines.map((line) => [line.orderName, line.customerLocale])).toEqual([
      [germanOrder.name, "de"],
      [englishOrder.name, "en"],
    ]);

    // The page's notice preview, in the shop's English, says who reads it in their own language.
    const page = await (await fetch(`${stack.app.url}/app/preorders/${testId}`)).text();
    expect(page).toContain("Buyers who checked out in German, French or Spanish get it in their language");
    expect(page).toContain("Your preorder [Order number] has been cancelled");
    // The preview speaks the shop's primary language (shopLocales): German in a German shop.
    const setPrimaryLocale = (locale: string) =>
      stack.devStore.store.change((state) => {
        state.shop.primaryLocale = locale;
      });
    setPrimaryLocale("de");
    const germanPage = await (await fetch(`${stack.app.url}/app/preorders/${testId}`)).text();
    expect(germanPage).toContain("Ihre Vorbestellung [Order number] wurde storniert");
    // A shop that has not granted read_locales yet still gets its page, in English.
    stack.devStore.store.change((state) => {
      state.app.scopes = state.app.scopes.filter((scope) => scope !== "read_locales");
    });
    expect(await (await fetch(`${stack.app.url}/app/preorders/${testId}`)).text()).toContain(
      "Your preorder [Order number] has been cancelled",
    );
    stack.devStore.store.change((state) => {
      state.app.scopes.push("read_locales");
    });
    setPrimaryLocale("en");

    const newDate = addDays(today, 75);
    const moved = await fetch(`${stack.app.url}/app/preorders/${testId}`, {
      method: "POST",
      body: new URLSearchParams({ intent: "move-ship-date", shipDate: newDate }),
    });
    expect(moved.status).toBe(200);
    await vi.waitFor(() => expect(stack.devStore.mailbox.messages()).toHaveLength(2), { timeout: 15_000 });
    const mailTo = (address: string) =>
      stack.devStore.mailbox.messages().filter((m) => m.to.some((to) => to.includes(address)));

    const [german] = mailTo(germanBuyer.email);
    expect(longDate(newDate, "de")).toMatch(/^\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}$/);
    expect(german.subject).toBe(
      `Neues Versanddatum für Ihre Vorbestellung ${germanOrder.name}: ${longDate(newDate, "de")}`,
    );
    expect(german.text).toMatch(new RegExp(`^Guten Tag ${germanBuyer.firstName} ${germanBuyer.lastName},\\n`));
    expect(german.text).toContain(`Neues Versanddatum: ${longDate(newDate, "de")}`);
    expect(german.text).toContain("Sie haben das Recht, Ihre Vorbestellung zu stornieren");
    expect(german.text).not.toMatch(/ship date|right to cancel/i);

    const [english] = mailTo("ana@example.com");
    expect(english.subject).toBe(`New ship date for your preorder ${englishOrder.name}: ${longDate(newDate, "en")}`);
    expect(english.text).toMatch(/^Hello,\n/);
    expect(english.text).toContain(`New ship date: ${longDate(newDate, "en")}`);
    expect(english.text).toContain("You have the right to cancel your preorder and get a full refund");

    // A no-go: the cancellation notice, each in their language.
    const post = (fields: Record<string, string>) =>
      fetch(`${stack.app.url}/app/preorders/${testId}`, { method: "POST", body: new URLSearchParams(fields) });
    expect((await post({ intent: "end" })).status).toBe(200);
    expect((await post({ intent: "no-go" })).status).toBe(200);
    await vi.waitFor(() => expect(stack.devStore.mailbox.messages()).toHaveLength(4), { timeout: 15_000 });
    const cancellation = (address: string) =>
      mailTo(address).find((m) => m.subject !== german.subject && m.subject !== english.subject)!;
    expect(mailTo(germanBuyer.email)).toHaveLength(2);
    expect(cancellation(germanBuyer.email).subject).toBe(`Ihre Vorbestellung ${germanOrder.name} wurde storniert`);
    expect(cancellation(germanBuyer.email).text).toContain(
      "Wir haben Ihnen den gesamten dafür bezahlten Betrag über Ihre ursprüngliche Zahlungsmethode erstattet.",
    );
    expect(mailTo("ana@example.com")).toHaveLength(2);
    expect(cancellation("ana@example.com").subject).toBe(`Your preorder ${englishOrder.name} has been cancelled`);
    expect(cancellation("ana@example.com").text).toContain(
      "We have refunded everything you paid for it to your original payment method.",
    );
  });
});
