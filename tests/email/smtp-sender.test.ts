import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port.mjs";
import type { SmtpSettings } from "../../app/email/mail-settings";
import {
  composeContent,
  emailLink,
  escapeHtml,
  facts,
  htmlFromText,
  lines,
  paragraph,
  type TransactionalMessage,
} from "../../app/email/message";
import { closeMailTransports, MailSendError, sendMail } from "../../app/email/smtp-sender.server";
import { startSmtpServer, type TestSmtpServer } from "./smtp-test-server";

const message = (overrides: Partial<TransactionalMessage> = {}): TransactionalMessage => ({
  to: { address: "ada@example.com", name: "Ada Lovelace" },
  ...composeContent("Your order #1001", [paragraph("Hello Ada,"), paragraph("Your order is on its way.")]),
  ...overrides,
});

describe("transactional message", () => {
  it("renders the same blocks as plain text and as simple HTML", () => {
    const content = composeContent("New ship date", [
      paragraph("Hello Ada,"),
      facts([
        { label: "Previous ship date", value: "1 December 2026" },
        { label: "New ship date", value: "15 January 2027" },
      ]),
      paragraph("Write to ", emailLink("help@shop.test"), "."),
      lines("Kind regards,", "The Shop"),
    ]);

    expect(content.text).toBe(
      "Hello Ada,\n\nPrevious ship date: 1 December 2026\nNew ship date: 15 January 2027\n\nWrite to help@shop.test.\n\nKind regards,\nThe Shop\n",
    );
    expect(content.html).toContain('<p style="margin:0 0 16px 0">Hello Ada,</p>');
    expect(content.html).toContain("15 January 2027</td>");
    expect(content.html).toContain('<a href="mailto:help@shop.test" style="color:#005bd3">help@shop.test</a>');
    expect(content.html).toContain("Kind regards,<br>The Shop");
  });

  it("escapes everything it puts in HTML and keeps the subject on one line", () => {
    const content = composeContent("Order <b>#1</b>\r\nBcc: evil@example.com", [
      paragraph(`Tom & Jerry's "<script>alert(1)</script>"`),
      paragraph({ text: "click", href: "javascript:alert(1)" }),
    ]);

    expect(content.subject).toBe("Order <b>#1</b> Bcc: evil@example.com");
    expect(content.html).not.toContain("<script>");
    expect(content.html).toContain("Tom &amp; Jerry&#39;s &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
    expect(content.html).toContain("<title>Order &lt;b&gt;#1&lt;/b&gt; Bcc: evil@example.com</title>");
    expect(content.html).toContain('<a href="#"');
    expect(content.text).toContain(`Tom & Jerry's "<script>alert(1)</script>"`);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("turns a stored plain-text body into HTML with its paragraphs, line breaks and addresses", () => {
    const html = htmlFromText("Hi", "Hello <Ada>,\n\nWrite to help@shop.test\nor call us.\n");

    expect(html).toContain('<p style="margin:0 0 16px 0">Hello &lt;Ada&gt;,</p>');
    expect(html).toContain(
      'Write to <a href="mailto:help@shop.test" style="color:#005bd3">help@shop.test</a><br>or call us.',
    );
  });
});

describe("sendMail over SMTP", () => {
  let server: TestSmtpServer;
  let authServer: TestSmtpServer;
  let strictServer: TestSmtpServer;
  const settingsFor = (s: TestSmtpServer, extra: Partial<SmtpSettings> = {}): SmtpSettings => ({
    host: s.host,
    port: s.port,
    secure: false,
    fromAddress: "orders@shop.test",
    fromName: "The Shop",
    ...extra,
  });

  beforeAll(async () => {
    server = await startSmtpServer();
    authServer = await startSmtpServer({ auth: { username: "shop", password: "app-password" } });
    strictServer = await startSmtpServer({ rejectRecipients: /^nobody@/ });
  });
  afterEach(() => closeMailTransports());
  afterAll(async () => {
    await closeMailTransports();
    await Promise.all([server?.close(), authServer?.close(), strictServer?.close()]);
  });

  it("delivers the message with its headers, text and HTML, and returns the server's answer", async () => {
    const result = await sendMail(
      settingsFor(server),
      message({
        replyTo: "help@shop.test",
        messageId: "<notice-1@shop.test>",
        headers: { "Auto-Submitted": "auto-generated" },
      }),
    );

    expect(result.response).toBe("250 Queued as test-1");
    expect(result.accepted).toEqual(["ada@example.com"]);
    expect(result.messageId).toBe("<notice-1@shop.test>");
    const [mail] = server.received;
    expect(mail.envelope).toEqual({ from: "orders@shop.test", to: ["ada@example.com"] });
    expect(mail.parsed.from?.value).toEqual([{ name: "The Shop", address: "orders@shop.test" }]);
    expect(mail.parsed.to).toMatchObject({ value: [{ name: "Ada Lovelace", address: "ada@example.com" }] });
    expect(mail.parsed.replyTo?.value).toEqual([{ name: "", address: "help@shop.test" }]);
    expect(mail.parsed.subject).toBe("Your order #1001");
    expect(mail.parsed.messageId).toBe("<notice-1@shop.test>");
    expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail.parsed.text).toBe("Hello Ada,\n\nYour order is on its way.\n");
    expect(mail.parsed.html).toContain("Your order is on its way.</p>");
  });

  it("reuses one pooled connection for messages with the same settings", async () => {
    const before = server.received.length;
    await Promise.all([1, 2, 3].map((n) => sendMail(settingsFor(server), message({ subject: `Message ${n}` }))));

    expect(
      server.received
        .slice(before)
        .map((m) => m.parsed.subject)
        .sort(),
    ).toEqual(["Message 1", "Message 2", "Message 3"]);
  });

  it("signs in when the server requires it", async () => {
    await sendMail(settingsFor(authServer, { username: "shop", password: "app-password" }), message());

    expect(authServer.received.at(-1)?.user).toBe("shop");
  });

  it("says the connection was refused when nothing listens on the port", async () => {
    const port = await freePort();

    const error = await sendMail(settingsFor(server, { port }), message()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ reason: "connection-refused", retryable: true });
    expect((error as Error).message).toBe(
      `Could not connect to the mail server at 127.0.0.1:${port}: the connection was refused. Check the host and the port (usually 587, or 465 with SSL/TLS).`,
    );
  });

  it("says the username or password was refused when the password is wrong", async () => {
    const error = await sendMail(settingsFor(authServer, { username: "shop", password: "wrong" }), message()).catch(
      (e: unknown) => e,
    );

    expect(error).toMatchObject({ reason: "auth-failed", retryable: false });
    expect((error as Error).message).toMatch(/^The mail server refused the username or password\./);
    expect((error as Error).message).toContain('The server said: "535 Invalid username or password"');
    expect(authServer.received.every((m) => m.user === "shop")).toBe(true);
  });

  it("says the server wants a sign-in when none is set up", async () => {
    const error = await sendMail(settingsFor(authServer), message()).catch((e: unknown) => e);

    expect(error).toMatchObject({ reason: "auth-required", retryable: false });
    expect((error as Error).message).toMatch(/^The mail server requires you to sign in/);
  });

  it("names the recipient the server rejected", async () => {
    const error = await sendMail(settingsFor(strictServer), message({ to: { address: "nobody@example.com" } })).catch(
      (e: unknown) => e,
    );

    expect(error).toMatchObject({ reason: "recipient-rejected", retryable: false });
    expect((error as Error).message).toBe(
      'The mail server refused the recipient nobody@example.com. The server said: "550 No mailbox here by that name: nobody@example.com"',
    );
  });

  it("says TLS failed when SSL/TLS is on for a plain port", async () => {
    const error = await sendMail(settingsFor(server, { secure: true }), message()).catch((e: unknown) => e);

    expect(error).toMatchObject({ reason: "tls" });
    expect((error as Error).message).toContain('Port 465 needs "Use SSL/TLS" on; for 587 or 25 turn it off.');
  });

  it("says when the host name does not exist", async () => {
    const error = await sendMail(settingsFor(server, { host: "smtp.no-such-host.invalid" }), message()).catch(
      (e: unknown) => e,
    );

    expect(error).toMatchObject({ reason: "host-not-found" });
    expect((error as Error).message).toBe(
      'The mail server "smtp.no-such-host.invalid" was not found. Check the host name, such as smtp.example.com.',
    );
  });
});
