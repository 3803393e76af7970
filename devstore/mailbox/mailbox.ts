import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { mailboxListPage, mailboxMessagePage } from "./mailbox-page";

/**
 * The demo's outgoing mail sink: an SMTP server on loopback that accepts every message (with
 * or without a sign-in) and keeps it in memory, parsed, for the dev store's back office
 * ("Mailbox") and for tests. Nothing is relayed anywhere.
 */

export interface MailboxMessage {
  /** 1, 2, 3… in the order received. */
  id: number;
  receivedAt: string;
  /** The message's Date header (ISO), or when it was received. */
  date: string;
  messageId: string | null;
  from: string;
  to: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  /** The HTML part, or null when the message has none. */
  html: string | null;
  /** Every header as received, lowercase name → unfolded value (the last one of a repeated header). */
  headers: Record<string, string>;
  /** The SMTP envelope (MAIL FROM / RCPT TO), which can differ from the headers. */
  envelope: { from: string | null; to: string[] };
}

export interface MailboxOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The oldest messages are dropped past this many (default 500). */
  limit?: number;
  /** Where the pages live (default "/devstore/mailbox"). */
  basePath?: string;
}

export interface RunningMailbox {
  host: string;
  /** The SMTP port. */
  port: number;
  /** Received messages, newest first. */
  messages(): MailboxMessage[];
  /** Resolves with the next message received (tests). */
  nextMessage(timeoutMs?: number): Promise<MailboxMessage>;
  clear(): void;
  close(): Promise<void>;
  /** For a fetch-style server: the response for a mailbox route, null for any other path. */
  fetch(request: Request): Promise<Response | null>;
}

const addressList = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((object) => object.value).map((a) => formatAddress(a));

function formatAddress(address: { name: string; address?: string }) {
  return address.name ? `${address.name} <${address.address ?? ""}>` : (address.address ?? "");
}

export async function startMailbox(options: MailboxOptions = {}): Promise<RunningMailbox> {
  const host = options.host ?? "127.0.0.1";
  const limit = options.limit ?? 500;
  const basePath = options.basePath ?? "/devstore/mailbox";
  const received: MailboxMessage[] = [];
  const waiting: ((message: MailboxMessage) => void)[] = [];
  let nextId = 1;

  const server = new SMTPServer({
    banner: "Fieldtest dev store mailbox (keeps mail, sends nothing on)",
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    size: 25 * 1024 * 1024,
    closeTimeout: 1000,
    // Any sign-in is accepted: the mailbox stands in for whatever server the merchant set up.
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "demo" });
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error("Message too large for the mailbox"), { responseCode: 552 }));
            return;
          }
          const headers: Record<string, string> = {};
          for (const { key, line } of parsed.headerLines) {
            headers[key] = line
              .slice(line.indexOf(":") + 1)
              .replace(/\r?\n[ \t]+/g, " ")
              .trim();
          }
          const now = new Date().toISOString();
          const message: MailboxMessage = {
            id: nextId++,
            receivedAt: now,
            date: parsed.date ? parsed.date.toISOString() : now,
            messageId: parsed.messageId ?? null,
            from: parsed.from ? addressList(parsed.from).join(", ") : "",
            to: addressList(parsed.to),
            replyTo: parsed.replyTo ? addressList(parsed.replyTo).join(", ") : null,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            headers,
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            },
          };
          received.push(message);
          if (received.length > limit) received.splice(0, received.length - limit);
          for (const resolve of waiting.splice(0)) resolve(message);
          callback(null, `Kept in the dev store mailbox as message ${message.id}`);
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on("error", (error) => console.error("[mailbox]", error.message));

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  const messages = () => [...received].reverse();
  const find = (id: string) => received.find((message) => String(message.id) === id);

  async function fetchHandler(request: Request): Promise<Response | null> {
    const { pathname } = new URL(request.url);
    if (pathname !== basePath && pathname !== `${basePath}.json` && !pathname.startsWith(`${basePath}/`)) return null;
    const rest = pathname.slice(basePath.length);
    const html = (body: string, status = 200) =>
      new Response(body, {
        status,
        headers: {
          "Content-Type": "text/html; charset=utf-8",
          // The messages' own HTML is shown in a sandboxed frame; nothing on these pages runs scripts.
          "Content-Security-Policy":
            "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; frame-src 'self'",
        },
      });
    if (request.method === "POST" && rest === "/clear") {
      received.length = 0;
      return new Response(null, { status: 303, headers: { Location: basePath } });
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      return new Response("Method not allowed", { status: 405, headers: { Allow: "GET, HEAD" } });
    }
    if (rest === "" || rest === "/") return html(mailboxListPage(messages(), { basePath, host, port }));
    if (rest === ".json") return Response.json(messages());
    const match = /^\/(\d+)(\.json)?$/.exec(rest);
    const message = match ? find(match[1]) : undefined;
    if (!message) {
      return match?.[2]
        ? Response.json({ error: "No such message in the mailbox" }, { status: 404 })
        : html(mailboxMessagePage(null, { basePath }), 404);
    }
    return match![2] ? Response.json(message) : html(mailboxMessagePage(message, { basePath }));
  }

  return {
    host,
    port,
    messages,
    nextMessage: (timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`No message reached the mailbox within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiting.push((message) => {
          clearTimeout(timer);
          resolve(message);
        });
      }),
    clear: () => {
      received.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    fetch: fetchHandler,
  };
}
