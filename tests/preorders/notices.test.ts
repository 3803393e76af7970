import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import db from "../../app/db.server";
import type { SmtpSettings } from "../../app/email/mail-settings";
import type { TransactionalMessage } from "../../app/email/message";
import { closeMailTransports, sendMail } from "../../app/email/smtp-sender.server";
import { PermanentJobError } from "../../app/jobs/job";
import {
  NO_EMAIL_ERROR,
  noticeKind,
  notifyPreorderCustomers,
  type NotifyPreorderCustomersInput,
} from "../../app/preorders/notify-preorder-customers.server";
import {
  formatShipDate,
  noticePreview,
  shipDateNotice,
  ShipDateNoticeError,
  type ShipDateChange,
  type ShipDateNoticeInput,
} from "../../app/preorders/ship-date-notice";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { startSmtpServer, type TestSmtpServer } from "../email/smtp-test-server";

const RIGHT_TO_CANCEL =
  "You have the right to cancel your preorder and get a full refund of everything you paid. To cancel, reply to this email or contact us at help@lumen.test.";

const moved: ShipDateChange = { kind: "ship-date-moved", previousDate: "2026-12-01", newDate: "2027-01-15" };

const noticeInput = (overrides: Partial<ShipDateNoticeInput> = {}): ShipDateNoticeInput => ({
  shopName: "Lumen Lamps",
  customerName: "Ada Lovelace",
  orderName: "#1001",
  productTitle: "Aurora desk lamp",
  locale: "en-GB",
  contactEmail: "help@lumen.test",
  change: moved,
  ...overrides,
});

describe("the ship-date notice", () => {
  it("tells the customer the new date and their right to cancel for a full refund", () => {
    const notice = shipDateNotice(noticeInput());

    expect(notice.subject).toBe("New ship date for your preorder #1001: 15 January 2027");
    expect(notice.text).toBe(
      [
        "Hello Ada Lovelace,",
        "We're sorry: Aurora desk lamp, which you preordered in order #1001, will ship later than we told you.",
        "Previous ship date: 1 December 2026\nNew ship date: 15 January 2027",
        RIGHT_TO_CANCEL,
        "If you are happy to wait, you don't need to do anything: your preorder stays in place and we expect to ship it by the new date. Thank you for your patience.",
        "Kind regards,\nLumen Lamps",
      ].join("\n\n") + "\n",
    );
    expect(notice.html).toContain('<a href="mailto:help@lumen.test" style="color:#005bd3">help@lumen.test</a>');
    expect(notice.html).toContain("15 January 2027</td>");
  });

  it("says so when the date moves earlier, still with the right to cancel", () => {
    const notice = shipDateNotice(noticeInput({ change: { ...moved, newDate: "2026-11-20" } }));

    expect(notice.text).toContain("will ship earlier than we told you.");
    expect(notice.text).toContain("New ship date: 20 November 2026");
    expect(notice.text).toContain(RIGHT_TO_CANCEL);
  });

  it.each([
    {
      refund: "refunded" as const,
      sentence: "We have refunded everything you paid for it to your original payment method.",
    },
    {
      refund: "voided" as const,
      sentence: "The payment authorised at checkout has been cancelled, so you will not be charged.",
    },
    {
      refund: "not-charged" as const,
      sentence: "You were not charged for this preorder, so there is nothing to refund.",
    },
  ])("tells the customer a cancelled preorder will not ship ($refund)", ({ refund, sentence }) => {
    const notice = shipDateNotice(noticeInput({ change: { kind: "cancelled", refund } }));

    expect(notice.subject).toBe("Your preorder #1001 has been cancelled");
    expect(notice.text).toContain(
      "We're sorry: we have cancelled the preorder of Aurora desk lamp in your order #1001, and it will not ship.",
    );
    expect(notice.text).toContain(sentence);
    expect(notice.text).toContain("If you have any questions, reply to this email or contact us at help@lumen.test.");
  });

  it("formats dates in the shop's locale for a buyer without one", () => {
    expect(formatShipDate("2027-01-15", "en-US")).toBe("January 15, 2027");
    expect(formatShipDate("2027-01-15", "de-DE")).toBe("15. Januar 2027");
    expect(formatShipDate("2027-01-15", "fr")).toBe("15 janvier 2027");
    expect(formatShipDate("2026-12-01", "fr-CA")).toBe("1er décembre 2026");
    expect(formatShipDate("2027-01-15", "es")).toBe("15 de enero de 2027");
    expect(shipDateNotice(noticeInput({ locale: "de" })).text).toContain("Neues Versanddatum: 15. Januar 2027");
    expect(shipDateNotice(noticeInput({ locale: "ja" })).text).toContain("New ship date: 2027年1月15日");
  });

  it("formats dates in the buyer's locale when the notice speaks their language", () => {
    expect(shipDateNotice(noticeInput({ customerLocale: "de-AT" })).text).toContain(
      "Neues Versanddatum: 15. Jänner 2027",
    );
    expect(shipDateNotice(noticeInput({ customerLocale: "ja" })).text).toContain("New ship date: 15 January 2027");
  });

  it("greets without a name when the order has none", () => {
    expect(shipDateNotice(noticeInput({ customerName: null })).text).toMatch(/^Hello,\n/);
    expect(shipDateNotice(noticeInput({ customerName: "  " })).text).toMatch(/^Hello,\n/);
  });

  it("escapes what the merchant and the customer typed in the HTML, not in the text", () => {
    const notice = shipDateNotice(
      noticeInput({
        productTitle: `Lamp <img src=x onerror=alert(1)>`,
        shopName: "Tom & Jerry's",
        customerName: "<b>Ada</b>",
      }),
    );

    expect(notice.html).not.toContain("<img");
    expect(notice.html).not.toContain("<b>Ada</b>");
    expect(notice.html).toContain("Lamp &lt;img src=x onerror=alert(1)&gt;");
    expect(notice.html).toContain("Tom &amp; Jerry&#39;s");
    expect(notice.text).toContain("Hello <b>Ada</b>,");
  });

  it("carries no marketing: no links but the contact address, no unsubscribe", () => {
    for (const change of [moved, { kind: "cancelled", refund: "refunded" } as const]) {
      const { html, text } = shipDateNotice(noticeInput({ change }));
      expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["mailto:help@lumen.test"]);
      expect(text).not.toMatch(/unsubscribe|discount|offer|newsletter|https?:/i);
    }
  });

  it("previews the exact wording with placeholders for the customer and the order", () => {
    const { customerName: _c, orderName: _o, ...shopSide } = noticeInput();
    const preview = noticePreview(shopSide);

    expect(preview.subject).toBe("New ship date for your preorder [Order number]: 15 January 2027");
    expect(preview.text).toMatch(/^Hello \[Customer name\],/);
    expect(preview.text).toContain(RIGHT_TO_CANCEL);
    expect(preview.text).toBe(
      shipDateNotice(noticeInput({ customerName: "[Customer name]", orderName: "[Order number]" })).text,
    );
  });

  it.each([
    {
      case: "an impossible date",
      input: { change: { ...moved, newDate: "2027-02-30" } },
      error: /"2027-02-30" is not a date/,
    },
    {
      case: "a date in another form",
      input: { change: { ...moved, previousDate: "01/12/2026" } },
      error: /YYYY-MM-DD/,
    },
    {
      case: "an unchanged date",
      input: { change: { ...moved, newDate: moved.previousDate } },
      error: /did not change/,
    },
    { case: "an unknown locale", input: { locale: "not a locale!" }, error: /is not a locale/ },
    { case: "no contact email", input: { contactEmail: " " }, error: /the shop's contact email/ },
    {
      case: "an unknown refund state",
      input: { change: { kind: "cancelled", refund: "maybe" } as unknown as ShipDateChange },
      error: /is not a refund state/,
    },
  ])("refuses $case with a clear error", ({ input, error }) => {
    expect(() => shipDateNotice(noticeInput(input))).toThrow(ShipDateNoticeError);
    expect(() => shipDateNotice(noticeInput(input))).toThrow(error);
  });
});

const shop = "lumen-lamps.myshopify.com";
const otherShop = "other.myshopify.com";
const shopProfile = { name: "Lumen Lamps", locale: "en-GB", contactEmail: "help@lumen.test" };

async function createTest(testShop = shop) {
  return db.preorderTest.create({
    data: {
      shop: testShop,
      productId: "gid://shopify/Product/1",
      productTitle: "Aurora desk lamp",
      variantIds: "[]",
      draft: "{}",
      currency: "EUR",
      timeZone: "Europe/Berlin",
      shipDate: "2026-12-01",
      deadline: "2026-11-30",
    },
  });
}

let lineNumber = 0;
async function addLine(
  testId: string,
  order: {
    name: string;
    email: string | null;
    customer: string | null;
    customerId?: string | null;
    locale?: string | null;
  },
  extra: { status?: string; shop?: string } = {},
) {
  lineNumber++;
  return db.preorderLine.create({
    data: {
      shop: extra.shop ?? shop,
      testId,
      orderId: `order-${order.name}`,
      orderName: order.name,
      lineItemId: `line-${lineNumber}`,
      customerId: order.customerId ?? null,
      customerEmail: order.email,
      customerName: order.customer,
      customerLocale: order.locale ?? null,
      quantity: 1,
      unitPrice: 49,
      depositAmount: 49,
      status: extra.status ?? "active",
      orderedAt: new Date(Date.UTC(2026, 10, 1, 10, lineNumber)),
    },
  });
}

describe("notifyPreorderCustomers", () => {
  let smtp: TestSmtpServer;
  let testId: string;
  const smtpSettings = (port = smtp.port): SmtpSettings => ({
    host: "127.0.0.1",
    port,
    secure: false,
    fromAddress: "orders@lumen.test",
    fromName: "Lumen Lamps",
  });
  const realSender =
    (settings = smtpSettings()) =>
    (message: TransactionalMessage) =>
      sendMail(settings, message);
  const run = (overrides: Partial<NotifyPreorderCustomersInput> = {}) =>
    notifyPreorderCustomers(db, {
      shop,
      testId,
      change: moved,
      shopProfile,
      sendMail: realSender(),
      now: () => new Date("2026-11-26T12:00:00Z"),
      ...overrides,
    });
  const mailTo = (address: string) => smtp.received.filter((m) => m.envelope.to.includes(address));

  beforeAll(async () => {
    smtp = await startSmtpServer({ rejectRecipients: /^bounce@/ });
  });
  beforeEach(async () => {
    smtp.received.length = 0;
    await db.preorderNotice.deleteMany({});
    await db.preorderLine.deleteMany({});
    await db.preorderTest.deleteMany({});
    const test = await createTest();
    testId = test.id;
    // Ada: one order with two preorder lines, and a second order.
    await addLine(testId, { name: "#1001", email: "ada@example.com", customer: "Ada Lovelace", customerId: "7" });
    await addLine(testId, { name: "#1001", email: "ada@example.com", customer: "Ada Lovelace", customerId: "7" });
    await addLine(testId, { name: "#1002", email: "bob@example.com", customer: "Bob Ross" });
    await addLine(testId, { name: "#1003", email: "ada@example.com", customer: "Ada Lovelace", customerId: "7" });
    // Without an email address; cancelled before the change; another test; another shop.
    await addLine(testId, { name: "#1004", email: null, customer: "Guest" });
    await addLine(testId, { name: "#1005", email: "cy@example.com", customer: "Cy" }, { status: "cancelled" });
    await addLine(testId, { name: "#1006", email: "dee@example.com", customer: "Dee" }, { status: "refunded" });
    const otherTest = await createTest();
    await addLine(otherTest.id, { name: "#2001", email: "eve@example.com", customer: "Eve" });
    const foreignTest = await createTest(otherShop);
    await addLine(foreignTest.id, { name: "#1001", email: "mallory@example.com", customer: "M" }, { shop: otherShop });
  });
  afterEach(() => closeMailTransports());
  afterAll(async () => {
    await closeMailTransports();
    await smtp?.close();
  });

  it("emails every customer with an active preorder exactly once per order, with the new date and the right to cancel", async () => {
    const counts = await run();

    expect(counts).toEqual({ sent: 3, failed: 0, skipped: 1, alreadySent: 0 });
    expect(smtp.received.map((m) => m.envelope.to[0]).sort()).toEqual([
      "ada@example.com",
      "ada@example.com",
      "bob@example.com",
    ]);
    expect(
      mailTo("ada@example.com")
        .map((m) => m.parsed.subject)
        .sort(),
    ).toEqual([
      "New ship date for your preorder #1001: 15 January 2027",
      "New ship date for your preorder #1003: 15 January 2027",
    ]);
    for (const mail of smtp.received) {
      expect(mail.parsed.text).toContain("New ship date: 15 January 2027");
      expect(mail.parsed.text).toContain(RIGHT_TO_CANCEL);
      expect(mail.parsed.html).toContain("15 January 2027</td>");
      expect(mail.parsed.from?.value).toEqual([{ name: "Lumen Lamps", address: "orders@lumen.test" }]);
      expect(mail.parsed.replyTo?.value).toEqual([{ name: "", address: "help@lumen.test" }]);
      expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-generated");
    }
    const [bob] = mailTo("bob@example.com");
    expect(bob.parsed.to).toMatchObject({ value: [{ name: "Bob Ross", address: "bob@example.com" }] });
    expect(bob.parsed.text).toMatch(/^Hello Bob Ross,/);
  });

  it("records a notice per order: sent ones with sentAt, the one without an address with its reason", async () => {
    await run();

    const notices = await db.preorderNotice.findMany({ where: { shop, testId }, orderBy: { orderName: "asc" } });
    expect(
      notices.map((n) => [n.orderName, n.customerEmail, n.kind, n.sentAt?.toISOString() ?? null, n.error]),
    ).toEqual([
      ["#1001", "ada@example.com", noticeKind(moved), "2026-11-26T12:00:00.000Z", null],
      ["#1002", "bob@example.com", noticeKind(moved), "2026-11-26T12:00:00.000Z", null],
      ["#1003", "ada@example.com", noticeKind(moved), "2026-11-26T12:00:00.000Z", null],
      ["#1004", "", noticeKind(moved), null, NO_EMAIL_ERROR],
    ]);
    expect(notices[0]).toMatchObject({
      customerId: "7",
      subject: "New ship date for your preorder #1001: 15 January 2027",
      body: shipDateNotice({
        shopName: "Lumen Lamps",
        customerName: "Ada Lovelace",
        orderName: "#1001",
        productTitle: "Aurora desk lamp",
        locale: "en-GB",
        contactEmail: "help@lumen.test",
        change: moved,
      }).text,
    });
    const bob = smtp.received.find((m) => m.envelope.to[0] === "bob@example.com")!;
    expect(bob.parsed.messageId).toBe(`<preorder-notice-${notices[1].id}@${shop}>`);
    expect(bob.parsed.text).toBe(notices[1].body);
    expect(await db.preorderNotice.count({ where: { shop: otherShop } })).toBe(0);
  });

  it("sends nothing new when run again for the same change", async () => {
    await run();

    const again = await run({ now: () => new Date("2026-11-27T12:00:00Z") });

    expect(again).toEqual({ sent: 0, failed: 0, skipped: 1, alreadySent: 3 });
    expect(smtp.received).toHaveLength(3);
    expect(await db.preorderNotice.count({ where: { testId } })).toBe(4);
    expect(
      (await db.preorderNotice.findMany({ where: { testId, sentAt: { not: null } } })).map((n) =>
        n.sentAt?.toISOString(),
      ),
    ).toEqual(Array(3).fill("2026-11-26T12:00:00.000Z"));
  });

  it("tells a later order placed after the first run, and only that one", async () => {
    await run();
    await addLine(testId, { name: "#1007", email: "fay@example.com", customer: "Fay" });

    expect(await run()).toEqual({ sent: 1, failed: 0, skipped: 1, alreadySent: 3 });
    expect(smtp.received.map((m) => m.envelope.to[0])).toContain("fay@example.com");
    expect(smtp.received).toHaveLength(4);
  });

  it("records the server's failure on every notice, and a later run sends the pending ones", async () => {
    const down = await freePort();

    const failed = await run({ sendMail: realSender(smtpSettings(down)) });

    expect(failed).toEqual({ sent: 0, failed: 3, skipped: 1, alreadySent: 0 });
    expect(smtp.received).toHaveLength(0);
    const errors = await db.preorderNotice.findMany({ where: { testId, customerEmail: { not: "" } } });
    expect(errors.map((n) => [n.sentAt, n.error])).toEqual(
      Array(3).fill([
        null,
        `Could not connect to the mail server at 127.0.0.1:${down}: the connection was refused. Check the host and the port (usually 587, or 465 with SSL/TLS).`,
      ]),
    );

    const retried = await run({ now: () => new Date("2026-11-26T13:00:00Z") });

    expect(retried).toEqual({ sent: 3, failed: 0, skipped: 1, alreadySent: 0 });
    expect(smtp.received).toHaveLength(3);
    const notices = await db.preorderNotice.findMany({ where: { testId, customerEmail: { not: "" } } });
    expect(notices.every((n) => n.sentAt?.toISOString() === "2026-11-26T13:00:00.000Z" && n.error === null)).toBe(true);
    expect(await db.preorderNotice.count({ where: { testId } })).toBe(4);
  });

  it("keeps going past a recipient the server refuses, and tries them again next time", async () => {
    await addLine(testId, { name: "#1008", email: "bounce@example.com", customer: "Bounce" });

    expect(await run()).toEqual({ sent: 3, failed: 1, skipped: 1, alreadySent: 0 });
    const refused = await db.preorderNotice.findFirstOrThrow({ where: { testId, orderName: "#1008" } });
    expect(refused.sentAt).toBeNull();
    expect(refused.error).toMatch(/^The mail server refused the recipient bounce@example\.com\. The server said: "550/);

    expect(await run()).toEqual({ sent: 0, failed: 1, skipped: 1, alreadySent: 3 });
    expect(smtp.received).toHaveLength(3);
  });

  it("resumes after a crash: notices written but never sent are sent by the next run", async () => {
    // The first run writes the notices, then its process dies while sending the first one.
    let crashed!: () => void;
    const sending = new Promise<void>((resolve) => (crashed = resolve));
    void run({
      sendMail: () => {
        crashed();
        return new Promise(() => {});
      },
    });
    await sending;
    const pending = await db.preorderNotice.findMany({ where: { testId, customerEmail: { not: "" } } });
    expect(pending.map((n) => [n.sentAt, n.error])).toEqual(Array(3).fill([null, null]));

    expect(await run()).toEqual({ sent: 3, failed: 0, skipped: 1, alreadySent: 0 });
    expect(smtp.received).toHaveLength(3);
    expect(await db.preorderNotice.count({ where: { testId } })).toBe(4);
  });

  it("writes each order's notice in the language it was placed in, with the buyer's dates, once", async () => {
    const lena = { name: "#1011", email: "lena@example.de", customer: "Lena Hoffmann", customerId: "11", locale: "de" };
    await addLine(testId, lena);
    await addLine(testId, lena);
    await addLine(testId, { name: "#1012", email: "chloe@example.ca", customer: "Chloé Tremblay", locale: "fr-CA" });
    await addLine(testId, { name: "#1013", email: "kenji@example.jp", customer: "Kenji Sato", locale: "ja" });

    expect(await run()).toEqual({ sent: 6, failed: 0, skipped: 1, alreadySent: 0 });

    const [german] = mailTo("lena@example.de");
    expect(mailTo("lena@example.de")).toHaveLength(1);
    expect(german.parsed.subject).toBe("Neues Versanddatum für Ihre Vorbestellung #1011: 15. Januar 2027");
    expect(german.parsed.text).toMatch(/^Guten Tag Lena Hoffmann,\n/);
    expect(german.parsed.text).toContain(
      "Bisheriges Versanddatum: 1. Dezember 2026\nNeues Versanddatum: 15. Januar 2027",
    );
    expect(german.parsed.text).toContain(
      "Sie haben das Recht, Ihre Vorbestellung zu stornieren und alles, was Sie bezahlt haben, in voller Höhe zurückzuerhalten. Wenn Sie stornieren möchten, antworten Sie auf diese E-Mail oder schreiben Sie uns an help@lumen.test.",
    );
    expect(german.parsed.html).toContain("15. Januar 2027</td>");
    expect(german.parsed.html).toMatch(/^<!doctype html><html lang="de">/);
    expect(german.parsed.headers.get("content-language")).toBe("de");
    const [french] = mailTo("chloe@example.ca");
    expect(french.parsed.subject).toBe("Nouvelle date d’expédition pour votre précommande #1012 : 15 janvier 2027");
    // French typography: a no-break space before the colon.
    expect(french.parsed.text).toContain("Date d’expédition précédente\u00a0: 1er décembre 2026");
    expect(french.parsed.headers.get("content-language")).toBe("fr");
    // Japanese is not a language the notices speak: the shop's English, with the shop's dates.
    for (const address of ["kenji@example.jp", "bob@example.com"]) {
      const [english] = mailTo(address);
      expect(english.parsed.text).toContain("New ship date: 15 January 2027");
      expect(english.parsed.text).toContain(RIGHT_TO_CANCEL);
      expect(english.parsed.headers.get("content-language")).toBe("en");
    }
    const stored = await db.preorderNotice.findFirstOrThrow({ where: { testId, orderName: "#1011" } });
    expect(stored).toMatchObject({ subject: german.parsed.subject, body: german.parsed.text });

    expect(await run()).toEqual({ sent: 0, failed: 0, skipped: 1, alreadySent: 6 });
    expect(await run({ change: { kind: "cancelled", refund: "refunded" } })).toMatchObject({ sent: 6 });
    expect(mailTo("lena@example.de").map((m) => m.parsed.subject)).toEqual([
      "Neues Versanddatum für Ihre Vorbestellung #1011: 15. Januar 2027",
      "Ihre Vorbestellung #1011 wurde storniert",
    ]);
    expect(mailTo("lena@example.de")[1].parsed.text).toContain(
      "Wir haben Ihnen den gesamten dafür bezahlten Betrag über Ihre ursprüngliche Zahlungsmethode erstattet.",
    );
    expect(smtp.received).toHaveLength(12);
  });

  it("sends a new notice for a new change: another date, then the cancellation", async () => {
    await run();
    const movedAgain: ShipDateChange = { kind: "ship-date-moved", previousDate: "2027-01-15", newDate: "2027-02-01" };
    const cancelled: ShipDateChange = { kind: "cancelled", refund: "refunded" };

    expect(await run({ change: movedAgain })).toMatchObject({ sent: 3, alreadySent: 0 });
    expect(await run({ change: cancelled })).toMatchObject({ sent: 3, alreadySent: 0 });
    expect(await run({ change: cancelled })).toMatchObject({ sent: 0, alreadySent: 3 });

    expect(mailTo("bob@example.com").map((m) => m.parsed.subject)).toEqual([
      "New ship date for your preorder #1002: 15 January 2027",
      "New ship date for your preorder #1002: 1 February 2027",
      "Your preorder #1002 has been cancelled",
    ]);
    expect(
      (await db.preorderNotice.findMany({ where: { testId, orderName: "#1002" }, orderBy: { createdAt: "asc" } })).map(
        (n) => n.kind,
      ),
    ).toEqual(["ship-date-moved:2026-12-01>2027-01-15", "ship-date-moved:2027-01-15>2027-02-01", "cancelled"]);
  });

  it("tells a date moved back and forth apart by the change's id", async () => {
    await run({ changeId: "change-1" });
    expect(await run({ changeId: "change-1" })).toMatchObject({ sent: 0, alreadySent: 3 });

    expect(await run({ changeId: "change-3" })).toMatchObject({ sent: 3, alreadySent: 0 });
    expect(smtp.received).toHaveLength(6);
  });

  it.each([
    {
      case: "an unchanged ship date",
      input: { change: { ...moved, newDate: moved.previousDate } },
      error: "change.newDate must differ from the previous ship date",
    },
    {
      case: "a date that is not YYYY-MM-DD",
      input: { change: { ...moved, newDate: "15/01/2027" } },
      error: "change.newDate must be a date in the form YYYY-MM-DD",
    },
    {
      case: "an unknown change",
      input: { change: { kind: "postponed" } as unknown as ShipDateChange },
      error: 'must be a "ship-date-moved" or a "cancelled" change',
    },
    {
      case: "a contact email that is not one",
      input: { shopProfile: { ...shopProfile, contactEmail: "help" } },
      error: "shopProfile.contactEmail the shop's contact email must be an email address",
    },
    {
      case: "a locale Intl does not know",
      input: { shopProfile: { ...shopProfile, locale: "not a locale!" } },
      error: '"not a locale!" is not a locale',
    },
    {
      case: "an unknown test",
      input: { testId: "missing" },
      error: `Preorder test missing was not found for ${shop}.`,
    },
  ])("refuses $case with a clear error, writing and sending nothing", async ({ input, error }) => {
    const result = run(input);

    await expect(result).rejects.toThrow(error);
    expect(await db.preorderNotice.count()).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("fails bad input as a permanent job error, so the queue does not retry it", async () => {
    await expect(run({ change: { ...moved, newDate: "soon" } })).rejects.toBeInstanceOf(PermanentJobError);
    await expect(run({ shopProfile: { ...shopProfile, locale: "xx-not-a-locale-" } })).rejects.toBeInstanceOf(
      PermanentJobError,
    );
  });
});
