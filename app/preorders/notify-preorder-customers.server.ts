import { z } from "zod";
import type { Db } from "../db.server";
import { htmlFromText, type TransactionalMessage } from "../email/message";
import { MailSendError, type MailFailureReason } from "../email/smtp-sender.server";
import { emailAddress } from "../email/mail-settings";
import { PermanentJobError } from "../jobs/job";
import {
  noticePreview,
  shipDateChangeSchema,
  shipDateNotice,
  ShipDateNoticeError,
  type ShipDateChange,
} from "./ship-date-notice";

/**
 * Tells every customer with an active preorder in a test that its ship date moved or that it
 * was cancelled: one email per order, in the language the order was placed in, recorded as a
 * PreorderNotice before it is sent.
 *
 * - Idempotent per change: a notice is keyed by test + change key (stored in `kind`, see
 *   `noticeKind`) + order name, unique in the database; running again for the same change sends
 *   nothing new, and two runs at once cannot both write a notice.
 * - Resumable: notices not yet sent (sentAt null) are sent by the next run, whether the last
 *   run crashed before sending (no error) or the server failed (error recorded).
 * - A notice is only marked sent after the SMTP server accepted it. A crash between the two
 *   can repeat that one message on the next run; its Message-ID is the same, so mail clients
 *   show one.
 * - Run it from one job per (test, change), so two runs for the same change do not overlap.
 *
 * Transactional mail: it goes to every affected customer regardless of marketing consent.
 */

export const NO_EMAIL_ERROR = "no email address on the order";

export interface ShopProfile {
  /** The shop's name as customers know it. */
  name: string;
  /** The shop's primary locale (BCP 47): the language and dates for buyers without a locale of their own. */
  locale: string;
  /** The merchant's contact email: the Reply-To, and where the notice tells customers to write. */
  contactEmail: string;
}

export interface NotifyPreorderCustomersInput {
  shop: string;
  testId: string;
  change: ShipDateChange;
  shopProfile: ShopProfile;
  /** Sends one message with the shop's mail settings, e.g. `shopMailer(db, shop)`. */
  sendMail: (message: TransactionalMessage) => Promise<unknown>;
  now?: () => Date;
  /**
   * Tells apart two changes with the same dates (moved to January, back to December, to
   * January again). Must be the same on every retry of one change, e.g. the change's job key.
   */
  changeId?: string;
  /** Write the notices for the lines on order now, and send nothing (see prepareCustomerNotices). */
  prepareOnly?: boolean;
}

/**
 * Step 1 alone: the notices for the orders on order now, written but not sent. A no-go writes them
 * before cancelling the orders (after which no line is active), and the notices job sends them.
 */
export function prepareCustomerNotices(db: Db, input: Omit<NotifyPreorderCustomersInput, "sendMail" | "prepareOnly">) {
  return notifyPreorderCustomers(db, {
    ...input,
    prepareOnly: true,
    sendMail: () => Promise.reject(new Error("preparing notices sends nothing")),
  });
}

export interface NotifyCounts {
  /** Sent by this run. */
  sent: number;
  /** Tried by this run and not sent (the error is on the notice; the next run tries again). */
  failed: number;
  /** Orders without an email address: recorded with an error, never sent. */
  skipped: number;
  /** Sent by an earlier run for the same change. */
  alreadySent: number;
}

/** Failures that say nothing about one recipient: the rest of the run would fail the same way. */
const SERVER_WIDE: ReadonlySet<MailFailureReason> = new Set([
  "connection-refused",
  "host-not-found",
  "timeout",
  "tls",
  "auth-failed",
  "auth-required",
  "sender-rejected",
  "connection-failed",
]);

/** The notice kind stored in PreorderNotice.kind: the change's kind and what makes it this change. */
export function noticeKind(change: ShipDateChange, changeId?: string): string {
  const base =
    change.kind === "ship-date-moved" ? `ship-date-moved:${change.previousDate}>${change.newDate}` : "cancelled";
  return changeId ? `${base}#${changeId}` : base;
}

const inputSchema = z.object({
  shop: z.string().min(1, "shop is required"),
  testId: z.string().min(1, "testId is required"),
  change: shipDateChangeSchema,
  shopProfile: z.object({
    name: z.string().trim().min(1, "the shop's name is required"),
    locale: z.string().trim().min(1, "the shop's locale is required"),
    contactEmail: emailAddress("the shop's contact email must be an email address"),
  }),
  changeId: z.string().min(1).max(100).optional(),
});

interface OrderGroup {
  orderName: string;
  customerId: string | null;
  customerEmail: string | null;
  customerName: string | null;
  customerLocale: string | null;
}

export async function notifyPreorderCustomers(db: Db, input: NotifyPreorderCustomersInput): Promise<NotifyCounts> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    throw new PermanentJobError(
      `Cannot notify preorder customers: ${parsed.error.issues
        .map((issue) => `${issue.path.join(".")} ${issue.message}`)
        .join("; ")}`,
    );
  }
  const { shop, testId, change, shopProfile, changeId } = parsed.data;
  const now = input.now ?? (() => new Date());
  const kind = noticeKind(change, changeId);

  const test = await db.preorderTest.findFirst({ where: { id: testId, shop } });
  if (!test) throw new PermanentJobError(`Preorder test ${testId} was not found for ${shop}.`);
  const content = (group: Pick<OrderGroup, "customerName" | "orderName" | "customerLocale">) =>
    shipDateNotice({
      shopName: shopProfile.name,
      locale: shopProfile.locale,
      contactEmail: shopProfile.contactEmail,
      productTitle: test.productTitle,
      change,
      ...group,
    });
  // Bad input (a locale Intl does not know) fails here, before any notice is written.
  try {
    noticePreview({
      shopName: shopProfile.name,
      locale: shopProfile.locale,
      contactEmail: shopProfile.contactEmail,
      productTitle: test.productTitle,
      change,
    });
  } catch (error) {
    if (error instanceof ShipDateNoticeError) {
      throw new PermanentJobError(`Cannot notify preorder customers: ${error.message}`);
    }
    throw error;
  }

  // 1. One notice per order with active preorder lines, written in one transaction.
  const groups = await db.$transaction(async (tx) => {
    const lines = await tx.preorderLine.findMany({
      where: { shop, testId, status: "active" },
      orderBy: [{ orderedAt: "asc" }, { id: "asc" }],
    });
    const byOrder = new Map<string, OrderGroup>();
    for (const line of lines) {
      const group = byOrder.get(line.orderName) ?? {
        orderName: line.orderName,
        customerId: null,
        customerEmail: null,
        customerName: null,
        customerLocale: null,
      };
      group.customerId ??= line.customerId;
      group.customerEmail ??= line.customerEmail?.trim() || null;
      group.customerName ??= line.customerName?.trim() || null;
      group.customerLocale ??= line.customerLocale;
      byOrder.set(line.orderName, group);
    }
    const existing = await tx.preorderNotice.findMany({
      where: { shop, testId, kind },
      select: { orderName: true },
    });
    const notified = new Set(existing.map((notice) => notice.orderName));
    const missing = [...byOrder.values()].filter((group) => !notified.has(group.orderName));
    if (missing.length > 0) {
      await tx.preorderNotice.createMany({
        data: missing.map((group) => {
          const message = content(group);
          return {
            shop,
            testId,
            kind,
            orderName: group.orderName,
            customerId: group.customerId,
            customerEmail: group.customerEmail ?? "",
            subject: message.subject,
            body: message.text,
            error: group.customerEmail ? null : NO_EMAIL_ERROR,
          };
        }),
      });
    }
    return byOrder;
  });

  if (input.prepareOnly) return { sent: 0, failed: 0, skipped: 0, alreadySent: 0 };

  // 2. Send what is not sent yet, oldest first, recording each outcome.
  const notices = await db.preorderNotice.findMany({
    where: { shop, testId, kind },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const counts: NotifyCounts = { sent: 0, failed: 0, skipped: 0, alreadySent: 0 };
  const pending = notices.filter((notice) => {
    if (notice.sentAt) counts.alreadySent++;
    else if (!notice.customerEmail) counts.skipped++;
    else return true;
    return false;
  });

  for (const [index, notice] of pending.entries()) {
    const group = groups.get(notice.orderName);
    // The stored text is what the customer is told; its HTML is the composed one while they agree.
    const composed = group ? content(group) : null;
    const current = composed && composed.text === notice.body ? composed : null;
    const html = current?.html ?? htmlFromText(notice.subject, notice.body);
    try {
      await input.sendMail({
        to: { address: notice.customerEmail, ...(group?.customerName ? { name: group.customerName } : {}) },
        replyTo: shopProfile.contactEmail,
        subject: notice.subject,
        text: notice.body,
        html,
        messageId: `<preorder-notice-${notice.id}@${shop}>`,
        headers: { "Auto-Submitted": "auto-generated" },
        language: current?.language,
      });
      await db.preorderNotice.update({ where: { id: notice.id }, data: { sentAt: now(), error: null } });
      counts.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof MailSendError && SERVER_WIDE.has(error.reason)) {
        // The server is down or refuses us: the rest would fail the same way, so record it on them now.
        const rest = pending.slice(index).map((n) => n.id);
        await db.preorderNotice.updateMany({ where: { id: { in: rest }, sentAt: null }, data: { error: reason } });
        counts.failed += rest.length;
        break;
      }
      await db.preorderNotice.update({ where: { id: notice.id }, data: { error: reason } });
      counts.failed++;
    }
  }
  return counts;
}
