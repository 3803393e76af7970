import type { NoticeLanguage } from "./notice-language";
import type { ShipDateChange } from "./ship-date-notice";

/**
 * The wording of the ship-date and cancellation notices in each language they speak. Pure.
 *
 * Transactional and legal-ish: every language says the same facts (the new date, the right to
 * cancel for a full refund, what happened to the money), formally addressed (Sie, vous, usted)
 * and with no marketing. German sentences after the greeting start with "Ihr"/"Ihre", which
 * stay capitalised after the salutation's comma.
 */

export type RefundState = Extract<ShipDateChange, { kind: "cancelled" }>["refund"];

/** A sentence with the shop's contact address in it: the text before and after the address. */
export interface AroundEmail {
  before: string;
  after: string;
}

export interface ShipDateNoticeText {
  /** The first line; null greets without a name. */
  greeting: (customerName: string | null) => string;
  /** The line before the shop's name. */
  signOff: string;
  /** You may cancel for a full refund, and how. */
  rightToCancel: AroundEmail;
  moved: {
    subject: (orderName: string, newDate: string) => string;
    later: (productTitle: string, orderName: string) => string;
    earlier: (productTitle: string, orderName: string) => string;
    previousDateLabel: string;
    newDateLabel: string;
    /** Nothing to do to keep the preorder, after a later date. */
    keepLater: string;
    /** Nothing to do to keep the preorder, after an earlier date. */
    keepEarlier: string;
  };
  cancelled: {
    subject: (orderName: string) => string;
    body: (productTitle: string, orderName: string) => string;
    refund: Record<RefundState, string>;
    questions: AroundEmail;
  };
}

/** French puts a no-break space inside « » and before ":", so no line starts with one (subjects are one line anyway). */
const NBSP = "\u00a0";

const en: ShipDateNoticeText = {
  greeting: (name) => (name ? `Hello ${name},` : "Hello,"),
  signOff: "Kind regards,",
  rightToCancel: {
    before:
      "You have the right to cancel your preorder and get a full refund of everything you paid. To cancel, reply to this email or contact us at ",
    after: ".",
  },
  moved: {
    subject: (order, date) => `New ship date for your preorder ${order}: ${date}`,
    later: (product, order) =>
      `We're sorry: ${product}, which you preordered in order ${order}, will ship later than we told you.`,
    earlier: (product, order) =>
      `Good news: ${product}, which you preordered in order ${order}, will ship earlier than we told you.`,
    previousDateLabel: "Previous ship date",
    newDateLabel: "New ship date",
    keepLater:
      "If you are happy to wait, you don't need to do anything: your preorder stays in place and we expect to ship it by the new date. Thank you for your patience.",
    keepEarlier:
      "If you are happy with the new date, you don't need to do anything: your preorder stays in place and we expect to ship it by the new date.",
  },
  cancelled: {
    subject: (order) => `Your preorder ${order} has been cancelled`,
    body: (product, order) =>
      `We're sorry: we have cancelled the preorder of ${product} in your order ${order}, and it will not ship.`,
    refund: {
      refunded:
        "We have refunded everything you paid for it to your original payment method. Depending on your bank, the refund can take a few business days to appear.",
      voided:
        "The payment authorised at checkout has been cancelled, so you will not be charged. Depending on your bank, the pending amount can take a few business days to disappear.",
      "not-charged": "You were not charged for this preorder, so there is nothing to refund.",
    },
    questions: { before: "If you have any questions, reply to this email or contact us at ", after: "." },
  },
};

const de: ShipDateNoticeText = {
  greeting: (name) => (name ? `Guten Tag ${name},` : "Guten Tag,"),
  signOff: "Mit freundlichen Grüßen",
  rightToCancel: {
    before:
      "Sie haben das Recht, Ihre Vorbestellung zu stornieren und alles, was Sie bezahlt haben, in voller Höhe zurückzuerhalten. Wenn Sie stornieren möchten, antworten Sie auf diese E-Mail oder schreiben Sie uns an ",
    after: ".",
  },
  moved: {
    subject: (order, date) => `Neues Versanddatum für Ihre Vorbestellung ${order}: ${date}`,
    later: (product, order) =>
      `Ihr vorbestellter Artikel „${product}“ aus der Bestellung ${order} wird leider später versandt als angekündigt. Das tut uns leid.`,
    earlier: (product, order) =>
      `Ihr vorbestellter Artikel „${product}“ aus der Bestellung ${order} wird erfreulicherweise früher versandt als angekündigt.`,
    previousDateLabel: "Bisheriges Versanddatum",
    newDateLabel: "Neues Versanddatum",
    keepLater:
      "Wenn Sie warten möchten, müssen Sie nichts tun: Ihre Vorbestellung bleibt bestehen und wir gehen davon aus, den Artikel bis zum neuen Datum zu versenden. Vielen Dank für Ihre Geduld.",
    keepEarlier:
      "Wenn Ihnen das neue Datum passt, müssen Sie nichts tun: Ihre Vorbestellung bleibt bestehen und wir gehen davon aus, den Artikel bis zum neuen Datum zu versenden.",
  },
  cancelled: {
    subject: (order) => `Ihre Vorbestellung ${order} wurde storniert`,
    body: (product, order) =>
      `Ihre Vorbestellung von „${product}“ aus der Bestellung ${order} haben wir leider storniert. Der Artikel wird nicht versandt.`,
    refund: {
      refunded:
        "Wir haben Ihnen den gesamten dafür bezahlten Betrag über Ihre ursprüngliche Zahlungsmethode erstattet. Je nach Bank kann es einige Werktage dauern, bis die Gutschrift erscheint.",
      voided:
        "Die bei der Bestellung autorisierte Zahlung wurde storniert, Ihnen wird also nichts berechnet. Je nach Bank kann es einige Werktage dauern, bis der vorgemerkte Betrag nicht mehr angezeigt wird.",
      "not-charged": "Für diese Vorbestellung wurde Ihnen nichts berechnet, daher gibt es nichts zu erstatten.",
    },
    questions: {
      before: "Wenn Sie Fragen haben, antworten Sie auf diese E-Mail oder schreiben Sie uns an ",
      after: ".",
    },
  },
};

const fr: ShipDateNoticeText = {
  greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
  signOff: "Cordialement,",
  rightToCancel: {
    before:
      "Vous avez le droit d’annuler votre précommande et d’obtenir le remboursement intégral de tout ce que vous avez payé. Pour annuler, répondez à cet e-mail ou écrivez-nous à l’adresse ",
    after: ".",
  },
  moved: {
    subject: (order, date) => `Nouvelle date d’expédition pour votre précommande ${order} : ${date}`,
    later: (product, order) =>
      `Nous sommes désolés${NBSP}: l’article «${NBSP}${product}${NBSP}», que vous avez précommandé dans votre commande ${order}, sera expédié plus tard que prévu.`,
    earlier: (product, order) =>
      `Bonne nouvelle${NBSP}: l’article «${NBSP}${product}${NBSP}», que vous avez précommandé dans votre commande ${order}, sera expédié plus tôt que prévu.`,
    previousDateLabel: "Date d’expédition précédente",
    newDateLabel: "Nouvelle date d’expédition",
    keepLater: `Si vous acceptez d’attendre, vous n’avez rien à faire${NBSP}: votre précommande est maintenue et nous prévoyons d’expédier l’article d’ici la nouvelle date. Merci de votre patience.`,
    keepEarlier: `Si la nouvelle date vous convient, vous n’avez rien à faire${NBSP}: votre précommande est maintenue et nous prévoyons d’expédier l’article d’ici la nouvelle date.`,
  },
  cancelled: {
    subject: (order) => `Votre précommande ${order} a été annulée`,
    body: (product, order) =>
      `Nous sommes désolés${NBSP}: nous avons annulé la précommande de l’article «${NBSP}${product}${NBSP}» de votre commande ${order}, et il ne sera pas expédié.`,
    refund: {
      refunded:
        "Nous avons remboursé l’intégralité de ce que vous avez payé pour cet article sur votre moyen de paiement d’origine. Selon votre banque, le remboursement peut mettre quelques jours ouvrés à apparaître.",
      voided: `Le paiement autorisé lors de votre commande a été annulé${NBSP}: aucun montant ne vous sera donc prélevé. Selon votre banque, le montant en attente peut mettre quelques jours ouvrés à disparaître.`,
      "not-charged": `Aucun montant ne vous a été prélevé pour cette précommande${NBSP}: il n’y a donc rien à rembourser.`,
    },
    questions: { before: "Pour toute question, répondez à cet e-mail ou écrivez-nous à l’adresse ", after: "." },
  },
};

const es: ShipDateNoticeText = {
  greeting: (name) => (name ? `Hola, ${name}:` : "Hola:"),
  signOff: "Saludos cordiales,",
  rightToCancel: {
    before:
      "Tiene derecho a cancelar su reserva y a recibir el reembolso íntegro de todo lo que haya pagado. Para cancelarla, responda a este correo electrónico o escríbanos a ",
    after: ".",
  },
  moved: {
    subject: (order, date) => `Nueva fecha de envío de su reserva ${order}: ${date}`,
    later: (product, order) =>
      `Lo sentimos: el artículo «${product}», que reservó en su pedido ${order}, se enviará más tarde de lo que le indicamos.`,
    earlier: (product, order) =>
      `Buenas noticias: el artículo «${product}», que reservó en su pedido ${order}, se enviará antes de lo que le indicamos.`,
    previousDateLabel: "Fecha de envío anterior",
    newDateLabel: "Nueva fecha de envío",
    keepLater:
      "Si prefiere esperar, no tiene que hacer nada: su reserva se mantiene y prevemos enviar el artículo a más tardar en la nueva fecha. Gracias por su paciencia.",
    keepEarlier:
      "Si la nueva fecha le viene bien, no tiene que hacer nada: su reserva se mantiene y prevemos enviar el artículo a más tardar en la nueva fecha.",
  },
  cancelled: {
    subject: (order) => `Su reserva ${order} ha sido cancelada`,
    body: (product, order) =>
      `Lo sentimos: hemos cancelado la reserva del artículo «${product}» de su pedido ${order}, y no se enviará.`,
    refund: {
      refunded:
        "Le hemos reembolsado todo lo que pagó por este artículo en su método de pago original. Según su banco, el reembolso puede tardar unos días hábiles en aparecer.",
      voided:
        "El pago autorizado al finalizar la compra se ha cancelado, por lo que no se le cobrará nada. Según su banco, el importe retenido puede tardar unos días hábiles en desaparecer.",
      "not-charged": "No se le ha cobrado nada por esta reserva, así que no hay nada que reembolsar.",
    },
    questions: {
      before: "Si tiene alguna pregunta, responda a este correo electrónico o escríbanos a ",
      after: ".",
    },
  },
};

export const SHIP_DATE_NOTICE_TEXT: Record<NoticeLanguage, ShipDateNoticeText> = { en, de, fr, es };
