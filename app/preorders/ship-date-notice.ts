import { z } from "zod";
import { composeContent, emailLink, facts, lines, paragraph, type MessageContent } from "../email/message";

/**
 * The email each preorder customer gets when the merchant moves the ship date or cancels the
 * preorder. Pure: it only writes the message.
 *
 * This is a transactional message, not marketing: it tells a buyer about their own order, as
 * the law requires for a late preorder (a revised date and the right to cancel for a refund).
 * So it goes to every affected preorder customer whatever their email-marketing consent, and it
 * must stay free of marketing content (no offers, no product recommendations, no newsletter
 * links) to remain transactional.
 */

const isoDate = z.iso.date({ error: "must be a date in the form YYYY-MM-DD" });

/** What changed, as jobs and forms pass it: validated before any notice is written. */
export const shipDateChangeSchema = z.discriminatedUnion(
  "kind",
  [
    z
      .object({ kind: z.literal("ship-date-moved"), previousDate: isoDate, newDate: isoDate })
      .refine((change) => change.previousDate !== change.newDate, {
        path: ["newDate"],
        message: "must differ from the previous ship date",
      }),
    z.object({
      kind: z.literal("cancelled"),
      refund: z.enum(["refunded", "voided", "not-charged"], { error: 'must be "refunded", "voided" or "not-charged"' }),
    }),
  ],
  { error: 'must be a "ship-date-moved" or a "cancelled" change' },
);

export type ShipDateChange = z.infer<typeof shipDateChangeSchema>;

export interface ShipDateNoticeInput {
  shopName: string;
  /** As the order has it; null or blank greets without a name. */
  customerName: string | null;
  orderName: string;
  productTitle: string;
  /** The shop's locale (BCP 47, e.g. "en", "de-DE") for formatting dates. */
  locale: string;
  /** Where customers reach the merchant (also the message's Reply-To). */
  contactEmail: string;
  change: ShipDateChange;
}

/** Thrown for input no notice can be written from; says which field and why. */
export class ShipDateNoticeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShipDateNoticeError";
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) as the shop's customers read it, e.g. "15 January 2027" for en-GB. */
export function formatShipDate(isoDate: string, locale: string): string {
  const match = ISO_DATE.exec(isoDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== isoDate) {
    throw new ShipDateNoticeError(`"${isoDate}" is not a date in the form YYYY-MM-DD.`);
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  } catch {
    throw new ShipDateNoticeError(`"${locale}" is not a locale, such as "en" or "de-DE".`);
  }
  // A calendar date, not an instant: format it at UTC midnight in UTC so no time zone shifts the day.
  return format.format(date);
}

/** The sentence that tells a customer they may cancel for a full refund, and how. */
export function rightToCancelSentence(contactEmail: string) {
  return [
    "You have the right to cancel your preorder and get a full refund of everything you paid. To cancel, reply to this email or contact us at ",
    emailLink(contactEmail),
    ".",
  ];
}

const REFUND_SENTENCES: Record<Extract<ShipDateChange, { kind: "cancelled" }>["refund"], string> = {
  refunded:
    "We have refunded everything you paid for it to your original payment method. Depending on your bank, the refund can take a few business days to appear.",
  voided:
    "The payment authorised at checkout has been cancelled, so you will not be charged. Depending on your bank, the pending amount can take a few business days to disappear.",
  "not-charged": "You were not charged for this preorder, so there is nothing to refund.",
};

function required(value: string, field: string) {
  if (!value || !value.trim()) throw new ShipDateNoticeError(`The notice needs ${field}.`);
  return value.trim();
}

/** The subject and bodies of one customer's notice. */
export function shipDateNotice(input: ShipDateNoticeInput): MessageContent {
  const shopName = required(input.shopName, "the shop's name");
  const orderName = required(input.orderName, "the order's name");
  const productTitle = required(input.productTitle, "the product's title");
  const contactEmail = required(input.contactEmail, "the shop's contact email");
  const name = input.customerName?.trim();
  const greeting = paragraph(name ? `Hello ${name},` : "Hello,");
  const signOff = lines("Kind regards,", shopName);
  const { change } = input;

  if (change.kind === "ship-date-moved") {
    const previous = formatShipDate(change.previousDate, input.locale);
    const next = formatShipDate(change.newDate, input.locale);
    if (change.previousDate === change.newDate) {
      throw new ShipDateNoticeError(
        `The ship date did not change (${change.newDate}); there is nothing to tell customers.`,
      );
    }
    const later = change.newDate > change.previousDate;
    return composeContent(`New ship date for your preorder ${orderName}: ${next}`, [
      greeting,
      paragraph(
        later
          ? `We're sorry: ${productTitle}, which you preordered in order ${orderName}, will ship later than we told you.`
          : `Good news: ${productTitle}, which you preordered in order ${orderName}, will ship earlier than we told you.`,
      ),
      facts([
        { label: "Previous ship date", value: previous },
        { label: "New ship date", value: next },
      ]),
      paragraph(...rightToCancelSentence(contactEmail)),
      paragraph(
        later
          ? "If you are happy to wait, you don't need to do anything: your preorder stays in place and we expect to ship it by the new date. Thank you for your patience."
          : "If you are happy with the new date, you don't need to do anything: your preorder stays in place and we expect to ship it by the new date.",
      ),
      signOff,
    ]);
  }

  if (!(change.refund in REFUND_SENTENCES)) {
    throw new ShipDateNoticeError(
      `"${String(change.refund)}" is not a refund state (refunded, voided or not-charged).`,
    );
  }
  return composeContent(`Your preorder ${orderName} has been cancelled`, [
    greeting,
    paragraph(
      `We're sorry: we have cancelled the preorder of ${productTitle} in your order ${orderName}, and it will not ship.`,
    ),
    paragraph(REFUND_SENTENCES[change.refund]),
    paragraph("If you have any questions, reply to this email or contact us at ", emailLink(contactEmail), "."),
    signOff,
  ]);
}

/** Stand-ins for the per-customer parts, shown in the preview. */
export const PREVIEW_CUSTOMER = { customerName: "[Customer name]", orderName: "[Order number]" } as const;

/**
 * The notice as the admin shows it before anything is sent: the exact wording every affected
 * customer gets, with their name and order number left as placeholders.
 */
export function noticePreview(input: Omit<ShipDateNoticeInput, "customerName" | "orderName">): MessageContent {
  return shipDateNotice({ ...input, ...PREVIEW_CUSTOMER });
}
