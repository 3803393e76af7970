import { z } from "zod";
import { composeContent, emailLink, facts, lines, paragraph, type MessageContent } from "../email/message";
import { noticeLocale, type NoticeLanguage } from "./notice-language";
import { SHIP_DATE_NOTICE_TEXT } from "./ship-date-notice-text";

/**
 * The email each preorder customer gets when the merchant moves the ship date or cancels the
 * preorder. Pure: it only writes the message, in the language the buyer checked out in when
 * the notices speak it (English, German, French, Spanish), else the shop's, else English.
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
  /** The shop's locale (BCP 47, e.g. "en", "de-DE"): language and dates for a buyer without a locale of their own. */
  locale: string;
  /** The locale the buyer checked out in (e.g. "de", "fr-CA"); null, absent or unreadable: the shop's. */
  customerLocale?: string | null;
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

/** A calendar date (YYYY-MM-DD) as readers in `locale` write it, e.g. "15 January 2027" for en-GB. */
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
  if (new Intl.Locale(format.resolvedOptions().locale).language !== "fr") return format.format(date);
  // French writes the first of the month as an ordinal ("1er décembre"); Intl writes "1 décembre".
  return format
    .formatToParts(date)
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}

/** The sentence that tells a customer they may cancel for a full refund, and how. */
export function rightToCancelSentence(contactEmail: string, language: NoticeLanguage = "en") {
  const { before, after } = SHIP_DATE_NOTICE_TEXT[language].rightToCancel;
  return [before, emailLink(contactEmail), after];
}

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
  const { language, dateLocale } = noticeLocale(input.customerLocale, input.locale);
  const text = SHIP_DATE_NOTICE_TEXT[language];
  const greeting = paragraph(text.greeting(input.customerName?.trim() || null));
  const signOff = lines(text.signOff, shopName);
  const { change } = input;

  if (change.kind === "ship-date-moved") {
    const previous = formatShipDate(change.previousDate, dateLocale);
    const next = formatShipDate(change.newDate, dateLocale);
    if (change.previousDate === change.newDate) {
      throw new ShipDateNoticeError(
        `The ship date did not change (${change.newDate}); there is nothing to tell customers.`,
      );
    }
    const later = change.newDate > change.previousDate;
    const { moved } = text;
    return composeContent(
      moved.subject(orderName, next),
      [
        greeting,
        paragraph(later ? moved.later(productTitle, orderName) : moved.earlier(productTitle, orderName)),
        facts([
          { label: moved.previousDateLabel, value: previous },
          { label: moved.newDateLabel, value: next },
        ]),
        paragraph(...rightToCancelSentence(contactEmail, language)),
        paragraph(later ? moved.keepLater : moved.keepEarlier),
        signOff,
      ],
      language,
    );
  }

  const { cancelled } = text;
  if (!Object.hasOwn(cancelled.refund, change.refund)) {
    throw new ShipDateNoticeError(
      `"${String(change.refund)}" is not a refund state (refunded, voided or not-charged).`,
    );
  }
  return composeContent(
    cancelled.subject(orderName),
    [
      greeting,
      paragraph(cancelled.body(productTitle, orderName)),
      paragraph(cancelled.refund[change.refund]),
      paragraph(cancelled.questions.before, emailLink(contactEmail), cancelled.questions.after),
      signOff,
    ],
    language,
  );
}

/** Stand-ins for the per-customer parts, shown in the preview. */
export const PREVIEW_CUSTOMER = { customerName: "[Customer name]", orderName: "[Order number]" } as const;

/**
 * The notice as the admin shows it before anything is sent: the exact wording every affected
 * customer gets, with their name and order number left as placeholders. In the shop's language;
 * a buyer who checked out in another language the notices speak gets it in theirs.
 */
export function noticePreview(
  input: Omit<ShipDateNoticeInput, "customerName" | "orderName" | "customerLocale">,
): MessageContent {
  return shipDateNotice({ ...input, ...PREVIEW_CUSTOMER, customerLocale: null });
}
