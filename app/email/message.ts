/**
 * A transactional email: one message to one person about something that happened to them
 * (an order, a preorder, a test of the mail settings). Pure: it only builds text.
 *
 * Content is written once as blocks and rendered twice: a plain-text part and a simple HTML
 * part (inline styles only, every piece of text escaped), so the two always say the same.
 */

/** A piece of a paragraph: text, or a link (an email address becomes a mailto: link). */
export type Inline = string | { text: string; href: string };

export type MessageBlock =
  | { kind: "paragraph"; parts: Inline[] }
  /** Label–value rows, e.g. "New ship date: 15 January 2027". */
  | { kind: "facts"; rows: { label: string; value: string }[] }
  /** Lines kept together, e.g. a sign-off and the shop's name. */
  | { kind: "lines"; lines: string[] };

export interface MessageContent {
  subject: string;
  text: string;
  html: string;
  /** The language it is written in (BCP 47, "de"): the HTML's lang, the Content-Language header. */
  language: string;
}

export interface TransactionalMessage extends Omit<MessageContent, "language"> {
  /** Sent as Content-Language when known. */
  language?: string;
  /** One recipient: an address, optionally with a display name. */
  to: { address: string; name?: string };
  /** Where the customer's reply goes (the merchant's contact address), when not the sender. */
  replyTo?: string;
  /** A Message-ID unique to what is being sent, e.g. `<notice-123@shop.myshopify.com>`. */
  messageId?: string;
  headers?: Record<string, string>;
}

export const paragraph = (...parts: Inline[]): MessageBlock => ({ kind: "paragraph", parts });
export const facts = (rows: { label: string; value: string }[]): MessageBlock => ({ kind: "facts", rows });
export const lines = (...text: string[]): MessageBlock => ({ kind: "lines", lines: text });
export const emailLink = (address: string): Inline => ({ text: address, href: `mailto:${address}` });

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe to put in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A subject on one line: header folding is the mailer's job, line breaks in it are never wanted. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function inlineText(part: Inline): string {
  if (typeof part === "string") return part;
  return part.href === `mailto:${part.text}` || part.href === part.text ? part.text : `${part.text} (${part.href})`;
}

function inlineHtml(part: Inline): string {
  if (typeof part === "string") return escapeHtml(part);
  const safeHref = /^(https?:|mailto:)/i.test(part.href) ? part.href : "#";
  return `<a href="${escapeHtml(safeHref)}" style="color:#005bd3">${escapeHtml(part.text)}</a>`;
}

/** French puts a (no-break) space before a colon. */
const labelEnd = (language: string) => (language.split("-")[0] === "fr" ? "\u00a0: " : ": ");

function blockText(block: MessageBlock, language: string): string {
  switch (block.kind) {
    case "paragraph":
      return block.parts.map(inlineText).join("");
    case "facts":
      return block.rows.map((row) => `${row.label}${labelEnd(language)}${row.value}`).join("\n");
    case "lines":
      return block.lines.join("\n");
  }
}

const P = 'style="margin:0 0 16px 0"';

function blockHtml(block: MessageBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p ${P}>${block.parts.map(inlineHtml).join("")}</p>`;
    case "facts":
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px 0">${block.rows
        .map(
          (row) =>
            `<tr><td style="padding:2px 16px 2px 0;color:#616161">${escapeHtml(row.label)}</td>` +
            `<td style="padding:2px 0;font-weight:600">${escapeHtml(row.value)}</td></tr>`,
        )
        .join("")}</table>`;
    case "lines":
      return `<p ${P}>${block.lines.map(escapeHtml).join("<br>")}</p>`;
  }
}

function htmlDocument(title: string, body: string, language?: string): string {
  return (
    `<!doctype html><html${language ? ` lang="${escapeHtml(language)}"` : ""}><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#ffffff;color:#303030;font:15px/1.5 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">` +
    `<div style="max-width:560px">${body}</div></body></html>`
  );
}

/** The subject and both bodies of a message from its blocks, written in `language`. */
export function composeContent(subject: string, blocks: MessageBlock[], language = "en"): MessageContent {
  const title = oneLine(subject);
  return {
    subject: title,
    text: `${blocks.map((block) => blockText(block, language)).join("\n\n")}\n`,
    html: htmlDocument(title, blocks.map(blockHtml).join(""), language),
    language,
  };
}

const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Simple HTML for a plain-text body (paragraphs at blank lines, line breaks kept, email
 * addresses linked): for a message whose text was stored and must be sent as it was.
 */
export function htmlFromText(subject: string, text: string, language?: string): string {
  const body = text
    .trim()
    .split(/\n{2,}/)
    .map(
      (block) =>
        `<p ${P}>${block
          .split("\n")
          .map((line) =>
            escapeHtml(line).replace(
              EMAIL_IN_TEXT,
              (address) => `<a href="mailto:${address}" style="color:#005bd3">${address}</a>`,
            ),
          )
          .join("<br>")}</p>`,
    )
    .join("");
  return htmlDocument(oneLine(subject), body, language);
}
