import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { SmtpSettings } from "./mail-settings";
import type { TransactionalMessage } from "./message";

/**
 * The one SMTP sender of the product: every email Fieldtest sends (preorder notices, test
 * emails, flows) goes through `sendMail`. One pooled connection set per distinct server and
 * sign-in, kept while in use; failures come back as a MailSendError whose message a merchant
 * can act on.
 */

export const SMTP_TIMEOUTS = {
  /** To open the TCP connection (and the TLS handshake when secure). */
  connectionMs: 10_000,
  /** For the server's greeting once connected. */
  greetingMs: 10_000,
  /** Of silence on an open connection before it is given up. */
  socketMs: 30_000,
  /** Before an unused pooled connection is closed. */
  idleMs: 30_000,
} as const;

export type MailFailureReason =
  | "connection-refused"
  | "host-not-found"
  | "timeout"
  | "tls"
  | "auth-failed"
  | "auth-required"
  | "sender-rejected"
  | "recipient-rejected"
  | "message-rejected"
  | "connection-failed"
  | "other";

/** A send that failed, said so a merchant knows what to change. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly reason: MailFailureReason,
    /** Whether the same message may go through later unchanged (a network problem, a 4xx reply). */
    readonly retryable: boolean,
    /** The SMTP server's own reply, when it gave one. */
    readonly serverResponse?: string,
  ) {
    super(message);
    this.name = "MailSendError";
  }
}

export interface SendResult {
  messageId: string;
  /** The SMTP server's answer to the message, e.g. "250 2.0.0 OK queued as 4F2A". */
  response: string;
  accepted: string[];
}

/** What `sendMail` needs; services take it as a parameter so tests and jobs can pass their own. */
export type SendMail = (settings: SmtpSettings, message: TransactionalMessage) => Promise<SendResult>;

type Transporter = ReturnType<typeof createPool>;
const MAX_TRANSPORTS = 16;
const transports = new Map<string, Transporter>();

function createPool(settings: SmtpSettings) {
  return nodemailer.createTransport({
    pool: true,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.username ? { user: settings.username, pass: settings.password ?? "" } : undefined,
    maxConnections: 3,
    maxMessages: 100,
    idleTimeout: SMTP_TIMEOUTS.idleMs,
    connectionTimeout: SMTP_TIMEOUTS.connectionMs,
    greetingTimeout: SMTP_TIMEOUTS.greetingMs,
    socketTimeout: SMTP_TIMEOUTS.socketMs,
    // Messages are built from text; never let content make the mailer read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

function transportKey(settings: SmtpSettings) {
  const { host, port, secure, username, password } = settings;
  return createHash("sha256")
    .update(JSON.stringify([host.toLowerCase(), port, secure, username ?? null, password ?? null]))
    .digest("hex");
}

/** The cached pool for these settings; the least recently used is closed past MAX_TRANSPORTS. */
function transportFor(settings: SmtpSettings): Transporter {
  const key = transportKey(settings);
  let transport = transports.get(key);
  if (transport) {
    transports.delete(key); // re-insert: the Map's order is the recency order
  } else {
    transport = createPool(settings);
    if (transports.size >= MAX_TRANSPORTS) {
      const [oldestKey, oldest] = transports.entries().next().value!;
      transports.delete(oldestKey);
      oldest.close();
    }
  }
  transports.set(key, transport);
  return transport;
}

/** Closes every pooled connection (shutdown, tests). */
export async function closeMailTransports(): Promise<void> {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}

/** Sends one message with the shop's settings. Resolves with the server's answer or throws a MailSendError. */
export const sendMail: SendMail = async (settings, message) => {
  const transport = transportFor(settings);
  try {
    const info = await transport.sendMail({
      from: settings.fromName ? { name: settings.fromName, address: settings.fromAddress } : settings.fromAddress,
      to: message.to.name ? { name: message.to.name, address: message.to.address } : message.to.address,
      replyTo: message.replyTo,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.language ? { ...message.headers, "Content-Language": message.language } : message.headers,
      messageId: message.messageId,
    });
    const rejected = (info.rejected ?? []).map(String);
    if (rejected.length > 0) {
      throw new MailSendError(
        `The mail server refused the recipient ${rejected.join(", ")}.`,
        "recipient-rejected",
        false,
        info.response,
      );
    }
    return { messageId: info.messageId, response: info.response, accepted: (info.accepted ?? []).map(String) };
  } catch (error) {
    throw describeMailError(error, settings, message);
  }
};

interface NodemailerError extends Error {
  code?: string;
  originalCode?: string;
  command?: string;
  response?: string;
  responseCode?: number;
  permanent?: boolean;
  rejected?: string[];
  recipient?: string;
}

/** A mailer error as a MailSendError with a sentence the merchant can act on. */
export function describeMailError(
  error: unknown,
  settings: Pick<SmtpSettings, "host" | "port" | "secure" | "fromAddress">,
  message?: Pick<TransactionalMessage, "to">,
): MailSendError {
  if (error instanceof MailSendError) return error;
  const e = (error instanceof Error ? error : new Error(String(error))) as NodemailerError;
  const where = `${settings.host}:${settings.port}`;
  const said = e.response ? ` The server said: "${e.response.trim()}"` : "";
  const retryable = e.permanent !== true;
  const code = e.code ?? "";
  const original = e.originalCode ?? "";
  const portHint = settings.secure
    ? 'Port 465 needs "Use SSL/TLS" on; for 587 or 25 turn it off.'
    : 'For port 465 turn "Use SSL/TLS" on; 587 and 25 start without it.';

  if (original === "ECONNREFUSED" || /ECONNREFUSED/.test(e.message)) {
    return new MailSendError(
      `Could not connect to the mail server at ${where}: the connection was refused. Check the host and the port (usually 587, or 465 with SSL/TLS).`,
      "connection-refused",
      true,
    );
  }
  if (code === "EDNS" || original === "ENOTFOUND" || original === "EAI_AGAIN") {
    return new MailSendError(
      `The mail server "${settings.host}" was not found. Check the host name, such as smtp.example.com.`,
      "host-not-found",
      true,
    );
  }
  if (code === "ETIMEDOUT" || original === "ETIMEDOUT") {
    return new MailSendError(
      `The mail server at ${where} did not answer in time. Check the host and port. ${portHint}`,
      "timeout",
      true,
    );
  }
  if (
    code === "ETLS" ||
    /^ERR_SSL|CERT|^DEPTH_ZERO|^UNABLE_TO/.test(original) ||
    /SSL routines|certificate/i.test(e.message)
  ) {
    return new MailSendError(
      `Could not set up a secure connection with the mail server at ${where}. ${portHint}`,
      "tls",
      true,
    );
  }
  if (code === "EAUTH") {
    return new MailSendError(
      `The mail server refused the username or password. Check them; many providers need an app password rather than your account password.${said}`,
      "auth-failed",
      false,
      e.response,
    );
  }
  if (code === "ENOAUTH" || (code === "EENVELOPE" && e.responseCode === 530)) {
    return new MailSendError(
      `The mail server requires you to sign in: enter the username and password it gave you.${said}`,
      "auth-required",
      false,
      e.response,
    );
  }
  if (code === "EENVELOPE" && e.command === "MAIL FROM") {
    return new MailSendError(
      `The mail server refused the sender address ${settings.fromAddress}. Use an address this server lets you send from.${said}`,
      "sender-rejected",
      retryable,
      e.response,
    );
  }
  if (code === "EENVELOPE" || code === "EMAXRECIPIENTS" || e.command === "RCPT TO") {
    const recipient = e.rejected?.join(", ") ?? e.recipient ?? message?.to.address ?? "the recipient";
    return new MailSendError(
      `The mail server refused the recipient ${recipient}.${said}`,
      "recipient-rejected",
      retryable,
      e.response,
    );
  }
  if (code === "EMESSAGE" || e.command === "DATA") {
    return new MailSendError(`The mail server refused the message.${said}`, "message-rejected", retryable, e.response);
  }
  if (code === "ECONNECTION" || code === "ESOCKET" || code === "EPROTOCOL") {
    return new MailSendError(
      `The connection to the mail server at ${where} failed (${e.message.trim()}). ${portHint}`,
      "connection-failed",
      true,
      e.response,
    );
  }
  return new MailSendError(`Sending failed: ${e.message.trim()}`, "other", retryable, e.response);
}
