import { describe, expect, it } from "vitest";
import {
  noticePreview,
  shipDateNotice,
  type ShipDateChange,
  type ShipDateNoticeInput,
} from "../../../app/preorders/ship-date-notice";

// Every sentence is written out here rather than read from the catalogue, so a sentence under the
// wrong key (a later date's apology in the earlier notice, a voided payment's sentence for a
// refund) or in the wrong language fails.

const later: ShipDateChange = { kind: "ship-date-moved", previousDate: "2026-12-01", newDate: "2027-01-15" };
const earlier: ShipDateChange = { kind: "ship-date-moved", previousDate: "2026-12-01", newDate: "2026-11-20" };
const cancelled = (refund: "refunded" | "voided" | "not-charged"): ShipDateChange => ({ kind: "cancelled", refund });

const notice = (customerLocale: string | null, change: ShipDateChange, overrides: Partial<ShipDateNoticeInput> = {}) =>
  shipDateNotice({
    shopName: "Lumen Lamps",
    customerName: "Ada Lovelace",
    orderName: "#1001",
    productTitle: "Aurora desk lamp",
    locale: "en-GB",
    contactEmail: "help@lumen.test",
    change,
    customerLocale,
    ...overrides,
  });

const nbsp = "\u00a0";

interface Wording {
  locale: string;
  later: { subject: string; text: string };
  earlier: { subject: string; opening: string; dates: string; keep: string };
  rightToCancel: string;
  cancelled: { subject: string; opening: string; questions: string };
  refund: Record<"refunded" | "voided" | "not-charged", string>;
  anonymousGreeting: string;
}

const german: Wording = {
  locale: "de",
  later: {
    subject: "Neues Versanddatum für Ihre Vorbestellung #1001: 15. Januar 2027",
    text:
      [
        "Guten Tag Ada Lovelace,",
        "Ihr vorbestellter Artikel „Aurora desk lamp“ aus der Bestellung #1001 wird leider später versandt als angekündigt. Das tut uns leid.",
        "Bisheriges Versanddatum: 1. Dezember 2026\nNeues Versanddatum: 15. Januar 2027",
        "Sie haben das Recht, Ihre Vorbestellung zu stornieren und alles, was Sie bezahlt haben, in voller Höhe zurückzuerhalten. Wenn Sie stornieren möchten, antworten Sie auf diese E-Mail oder schreiben Sie uns an help@lumen.test.",
        "Wenn Sie warten möchten, müssen Sie nichts tun: Ihre Vorbestellung bleibt bestehen und wir gehen davon aus, den Artikel bis zum neuen Datum zu versenden. Vielen Dank für Ihre Geduld.",
        "Mit freundlichen Grüßen\nLumen Lamps",
      ].join("\n\n") + "\n",
  },
  earlier: {
    subject: "Neues Versanddatum für Ihre Vorbestellung #1001: 20. November 2026",
    opening:
      "Ihr vorbestellter Artikel „Aurora desk lamp“ aus der Bestellung #1001 wird erfreulicherweise früher versandt als angekündigt.",
    dates: "Bisheriges Versanddatum: 1. Dezember 2026\nNeues Versanddatum: 20. November 2026",
    keep: "Wenn Ihnen das neue Datum passt, müssen Sie nichts tun: Ihre Vorbestellung bleibt bestehen und wir gehen davon aus, den Artikel bis zum neuen Datum zu versenden.",
  },
  rightToCancel:
    "Sie haben das Recht, Ihre Vorbestellung zu stornieren und alles, was Sie bezahlt haben, in voller Höhe zurückzuerhalten. Wenn Sie stornieren möchten, antworten Sie auf diese E-Mail oder schreiben Sie uns an help@lumen.test.",
  cancelled: {
    subject: "Ihre Vorbestellung #1001 wurde storniert",
    opening:
      "Ihre Vorbestellung von „Aurora desk lamp“ aus der Bestellung #1001 haben wir leider storniert. Der Artikel wird nicht versandt.",
    questions: "Wenn Sie Fragen haben, antworten Sie auf diese E-Mail oder schreiben Sie uns an help@lumen.test.",
  },
  refund: {
    refunded:
      "Wir haben Ihnen den gesamten dafür bezahlten Betrag über Ihre ursprüngliche Zahlungsmethode erstattet. Je nach Bank kann es einige Werktage dauern, bis die Gutschrift erscheint.",
    voided:
      "Die bei der Bestellung autorisierte Zahlung wurde storniert, Ihnen wird also nichts berechnet. Je nach Bank kann es einige Werktage dauern, bis der vorgemerkte Betrag nicht mehr angezeigt wird.",
    "not-charged": "Für diese Vorbestellung wurde Ihnen nichts berechnet, daher gibt es nichts zu erstatten.",
  },
  anonymousGreeting: "Guten Tag,",
};

const french: Wording = {
  locale: "fr",
  later: {
    subject: "Nouvelle date d’expédition pour votre précommande #1001 : 15 janvier 2027",
    text:
      [
        "Bonjour Ada Lovelace,",
        `Nous sommes désolés${nbsp}: l’article «${nbsp}Aurora desk lamp${nbsp}», que vous avez précommandé dans votre commande #1001, sera expédié plus tard que prévu.`,
        "Date d’expédition précédente\u00a0: 1er décembre 2026\nNouvelle date d’expédition\u00a0: 15 janvier 2027",
        "Vous avez le droit d’annuler votre précommande et d’obtenir le remboursement intégral de tout ce que vous avez payé. Pour annuler, répondez à cet e-mail ou écrivez-nous à l’adresse help@lumen.test.",
        `Si vous acceptez d’attendre, vous n’avez rien à faire${nbsp}: votre précommande est maintenue et nous prévoyons d’expédier l’article d’ici la nouvelle date. Merci de votre patience.`,
        "Cordialement,\nLumen Lamps",
      ].join("\n\n") + "\n",
  },
  earlier: {
    subject: "Nouvelle date d’expédition pour votre précommande #1001 : 20 novembre 2026",
    opening: `Bonne nouvelle${nbsp}: l’article «${nbsp}Aurora desk lamp${nbsp}», que vous avez précommandé dans votre commande #1001, sera expédié plus tôt que prévu.`,
    dates: "Date d’expédition précédente\u00a0: 1er décembre 2026\nNouvelle date d’expédition\u00a0: 20 novembre 2026",
    keep: `Si la nouvelle date vous convient, vous n’avez rien à faire${nbsp}: votre précommande est maintenue et nous prévoyons d’expédier l’article d’ici la nouvelle date.`,
  },
  rightToCancel:
    "Vous avez le droit d’annuler votre précommande et d’obtenir le remboursement intégral de tout ce que vous avez payé. Pour annuler, répondez à cet e-mail ou écrivez-nous à l’adresse help@lumen.test.",
  cancelled: {
    subject: "Votre précommande #1001 a été annulée",
    opening: `Nous sommes désolés${nbsp}: nous avons annulé la précommande de l’article «${nbsp}Aurora desk lamp${nbsp}» de votre commande #1001, et il ne sera pas expédié.`,
    questions: "Pour toute question, répondez à cet e-mail ou écrivez-nous à l’adresse help@lumen.test.",
  },
  refund: {
    refunded:
      "Nous avons remboursé l’intégralité de ce que vous avez payé pour cet article sur votre moyen de paiement d’origine. Selon votre banque, le remboursement peut mettre quelques jours ouvrés à apparaître.",
    voided: `Le paiement autorisé lors de votre commande a été annulé${nbsp}: aucun montant ne vous sera donc prélevé. Selon votre banque, le montant en attente peut mettre quelques jours ouvrés à disparaître.`,
    "not-charged": `Aucun montant ne vous a été prélevé pour cette précommande${nbsp}: il n’y a donc rien à rembourser.`,
  },
  anonymousGreeting: "Bonjour,",
};

const spanish: Wording = {
  locale: "es",
  later: {
    subject: "Nueva fecha de envío de su reserva #1001: 15 de enero de 2027",
    text:
      [
        "Hola, Ada Lovelace:",
        "Lo sentimos: el artículo «Aurora desk lamp», que reservó en su pedido #1001, se enviará más tarde de lo que le indicamos.",
        "Fecha de envío anterior: 1 de diciembre de 2026\nNueva fecha de envío: 15 de enero de 2027",
        "Tiene derecho a cancelar su reserva y a recibir el reembolso íntegro de todo lo que haya pagado. Para cancelarla, responda a este correo electrónico o escríbanos a help@lumen.test.",
        "Si prefiere esperar, no tiene que hacer nada: su reserva se mantiene y prevemos enviar el artículo a más tardar en la nueva fecha. Gracias por su paciencia.",
        "Saludos cordiales,\nLumen Lamps",
      ].join("\n\n") + "\n",
  },
  earlier: {
    subject: "Nueva fecha de envío de su reserva #1001: 20 de noviembre de 2026",
    opening:
      "Buenas noticias: el artículo «Aurora desk lamp», que reservó en su pedido #1001, se enviará antes de lo que le indicamos.",
    dates: "Fecha de envío anterior: 1 de diciembre de 2026\nNueva fecha de envío: 20 de noviembre de 2026",
    keep: "Si la nueva fecha le viene bien, no tiene que hacer nada: su reserva se mantiene y prevemos enviar el artículo a más tardar en la nueva fecha.",
  },
  rightToCancel:
    "Tiene derecho a cancelar su reserva y a recibir el reembolso íntegro de todo lo que haya pagado. Para cancelarla, responda a este correo electrónico o escríbanos a help@lumen.test.",
  cancelled: {
    subject: "Su reserva #1001 ha sido cancelada",
    opening:
      "Lo sentimos: hemos cancelado la reserva del artículo «Aurora desk lamp» de su pedido #1001, y no se enviará.",
    questions: "Si tiene alguna pregunta, responda a este correo electrónico o escríbanos a help@lumen.test.",
  },
  refund: {
    refunded:
      "Le hemos reembolsado todo lo que pagó por este artículo en su método de pago original. Según su banco, el reembolso puede tardar unos días hábiles en aparecer.",
    voided:
      "El pago autorizado al finalizar la compra se ha cancelado, por lo que no se le cobrará nada. Según su banco, el importe retenido puede tardar unos días hábiles en desaparecer.",
    "not-charged": "No se le ha cobrado nada por esta reserva, así que no hay nada que reembolsar.",
  },
  anonymousGreeting: "Hola:",
};

const english: Wording = {
  locale: "en-GB",
  later: {
    subject: "New ship date for your preorder #1001: 15 January 2027",
    text:
      [
        "Hello Ada Lovelace,",
        "We're sorry: Aurora desk lamp, which you preordered in order #1001, will ship later than we told you.",
        "Previous ship date: 1 December 2026\nNew ship date: 15 January 2027",
        "You have the right to cancel your preorder and get a full refund of everything you paid. To cancel, reply to this email or contact us at help@lumen.test.",
        "If you are happy to wait, you don't need to do anything: your preorder stays in place and we expect to ship it by the new date. Thank you for your patience.",
        "Kind regards,\nLumen Lamps",
      ].join("\n\n") + "\n",
  },
  earlier: {
    subject: "New ship date for your preorder #1001: 20 November 2026",
    opening: "Good news: Aurora desk lamp, which you preordered in order #1001, will ship earlier than we told you.",
    dates: "Previous ship date: 1 December 2026\nNew ship date: 20 November 2026",
    keep: "If you are happy with the new date, you don't need to do anything: your preorder stays in place and we expect to ship it by the new date.",
  },
  rightToCancel:
    "You have the right to cancel your preorder and get a full refund of everything you paid. To cancel, reply to this email or contact us at help@lumen.test.",
  cancelled: {
    subject: "Your preorder #1001 has been cancelled",
    opening:
      "We're sorry: we have cancelled the preorder of Aurora desk lamp in your order #1001, and it will not ship.",
    questions: "If you have any questions, reply to this email or contact us at help@lumen.test.",
  },
  refund: {
    refunded:
      "We have refunded everything you paid for it to your original payment method. Depending on your bank, the refund can take a few business days to appear.",
    voided:
      "The payment authorised at checkout has been cancelled, so you will not be charged. Depending on your bank, the pending amount can take a few business days to disappear.",
    "not-charged": "You were not charged for this preorder, so there is nothing to refund.",
  },
  anonymousGreeting: "Hello,",
};

const paragraphs = (text: string) => text.trimEnd().split("\n\n");

describe.each([
  { language: "German", wording: german },
  { language: "French", wording: french },
  { language: "Spanish", wording: spanish },
  { language: "English", wording: english },
])("the notice in $language", ({ wording }) => {
  it("tells a buyer of a later date the new date and their right to cancel, word for word", () => {
    const message = notice(wording.locale, later);

    expect(message.subject).toBe(wording.later.subject);
    expect(message.text).toBe(wording.later.text);
  });

  it("tells a buyer of an earlier date so, with the right to cancel and nothing to do", () => {
    const text = paragraphs(notice(wording.locale, earlier).text);

    expect(notice(wording.locale, earlier).subject).toBe(wording.earlier.subject);
    expect(text.slice(1, 5)).toEqual([
      wording.earlier.opening,
      wording.earlier.dates,
      wording.rightToCancel,
      wording.earlier.keep,
    ]);
  });

  it.each(["refunded", "voided", "not-charged"] as const)(
    "tells a buyer their cancelled preorder will not ship and what happened to the money (%s)",
    (refund) => {
      const message = notice(wording.locale, cancelled(refund));
      const text = paragraphs(message.text);

      expect(message.subject).toBe(wording.cancelled.subject);
      expect(text.slice(1, 4)).toEqual([
        wording.cancelled.opening,
        wording.refund[refund],
        wording.cancelled.questions,
      ]);
      expect(text[4]).toBe(paragraphs(notice(wording.locale, later).text).at(-1));
    },
  );

  it("greets without a name when the order has none", () => {
    expect(paragraphs(notice(wording.locale, later, { customerName: null }).text)[0]).toBe(wording.anonymousGreeting);
  });

  it("links the contact address in the HTML, the date in its facts", () => {
    const { html } = notice(wording.locale, later);

    expect(html).toContain('<a href="mailto:help@lumen.test" style="color:#005bd3">help@lumen.test</a>');
    expect(html).toContain(`${wording.later.subject.split(": ").at(-1)}</td>`);
  });
});

describe("the notice's language", () => {
  it("follows the buyer's full locale for dates", () => {
    expect(notice("de-AT", later).subject).toBe("Neues Versanddatum für Ihre Vorbestellung #1001: 15. Jänner 2027");
    expect(notice("en-US", later).subject).toBe("New ship date for your preorder #1001: January 15, 2027");
    expect(notice("es-MX", cancelled("refunded")).subject).toBe("Su reserva #1001 ha sido cancelada");
  });

  it("is the shop's for a buyer without a locale or in a language notices don't speak", () => {
    for (const customerLocale of [null, "ja", "not a locale!"]) {
      expect(notice(customerLocale, later, { locale: "de-DE" }).subject).toBe(german.later.subject);
      expect(notice(customerLocale, later).text).toBe(english.later.text);
    }
    expect(notice(null, later, { locale: "ja" }).subject).toBe("New ship date for your preorder #1001: 2027年1月15日");
  });

  it("previews in the shop's language whatever the buyers speak", () => {
    const shopSide = { shopName: "Lumen Lamps", productTitle: "Aurora desk lamp", contactEmail: "help@lumen.test" };

    expect(noticePreview({ ...shopSide, locale: "en-GB", change: later }).subject).toBe(
      "New ship date for your preorder [Order number]: 15 January 2027",
    );
    expect(noticePreview({ ...shopSide, locale: "fr-FR", change: cancelled("voided") }).subject).toBe(
      "Votre précommande [Order number] a été annulée",
    );
  });
});
