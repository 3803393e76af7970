import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { composeContent, paragraph } from "../../app/email/message";
import { closeMailTransports, sendMail } from "../../app/email/smtp-sender.server";
import type { RunningMailbox } from "../../devstore/mailbox/mailbox";
import { startDevStore, type RunningDevStore } from "../../devstore/server";

// The demo's mail sink: the app's real sender delivers to it over SMTP; the back office reads it.
let devStore: RunningDevStore;
let mailbox: RunningMailbox;
let pages: string;

const send = (subject: string, to = "ada@example.com", body = "Hello Ada,") =>
  sendMail(
    {
      host: mailbox.host,
      port: mailbox.port,
      secure: false,
      fromAddress: "store@demo.myshopify.com",
      fromName: "Dev store",
    },
    { to: { address: to }, replyTo: "help@demo.test", ...composeContent(subject, [paragraph(body)]) },
  );

beforeAll(async () => {
  devStore = await startDevStore({ file: null, appUrl: "http://127.0.0.1:9", apiKey: "k", apiSecret: "s", port: 0 });
  mailbox = devStore.mailbox;
  pages = devStore.url;
});
beforeEach(() => mailbox.clear());
afterEach(() => closeMailTransports());
afterAll(async () => {
  await devStore?.close();
});

describe("dev store mailbox", () => {
  it("keeps every message it receives, parsed, newest first", async () => {
    await send("First");
    await send("Second", "bob@example.com");

    const [second, first] = mailbox.messages();
    expect(mailbox.messages()).toHaveLength(2);
    expect(second.id).toBe(first.id + 1);
    expect(first).toMatchObject({
      from: "Dev store <store@demo.myshopify.com>",
      to: ["ada@example.com"],
      replyTo: "help@demo.test",
      subject: "First",
      text: "Hello Ada,\n",
      envelope: { from: "store@demo.myshopify.com", to: ["ada@example.com"] },
    });
    expect(first.html).toContain("Hello Ada,</p>");
    expect(first.headers.subject).toBe("First");
    expect(first.messageId).toMatch(/^<.+@demo\.myshopify\.com>$/);
    expect(Date.parse(first.date)).not.toBeNaN();
    expect(second).toMatchObject({ subject: "Second", to: ["bob@example.com"] });
  });

  it("answers the sender with the id it kept the message under", async () => {
    const result = await send("Hello");

    expect(result.response).toBe(`250 Kept in the dev store mailbox as message ${mailbox.messages()[0].id}`);
  });

  it("resolves nextMessage when a message arrives", async () => {
    const next = mailbox.nextMessage();
    await send("Awaited");

    expect((await next).subject).toBe("Awaited");
  });

  it("lists the messages as JSON and as a page, newest first", async () => {
    await send("Older");
    await send("Newer <b>bold</b>");

    const json = await (await fetch(`${pages}/devstore/mailbox.json`)).json();
    expect(json.map((m: { subject: string }) => m.subject)).toEqual(["Newer <b>bold</b>", "Older"]);

    const response = await fetch(`${pages}/devstore/mailbox`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain("<h1>Mailbox</h1>");
    expect(html).toContain(`127.0.0.1:${mailbox.port}`);
    expect(html.indexOf("Newer &lt;b&gt;bold&lt;/b&gt;")).toBeLessThan(html.indexOf("Older"));
    expect(html).toContain(`href="/devstore/mailbox/${mailbox.messages()[0].id}"`);
    expect(html).not.toContain("<b>bold</b>");
  });

  it("opens one message with its headers, its text, and its HTML in a sandboxed frame", async () => {
    await send("Your preorder", "ada@example.com", `Tom & Jerry's <script>alert(1)</script>`);
    const { id } = mailbox.messages()[0];

    const response = await fetch(`${pages}/devstore/mailbox/${id}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html).toContain("<h1>Your preorder</h1>");
    expect(html).toContain("<dd>ada@example.com</dd>");
    expect(html).toContain("<dd>help@demo.test</dd>");
    expect(html).toContain("<pre>Tom &amp; Jerry&#39;s &lt;script&gt;alert(1)&lt;/script&gt;\n</pre>");
    expect(html).toMatch(/<iframe sandbox title="The message's HTML part" srcdoc="[^"]*&lt;!doctype html&gt;/);
    expect(html).not.toContain("<script>");
    const json = await (await fetch(`${pages}/devstore/mailbox/${id}.json`)).json();
    expect(json).toMatchObject({ id, subject: "Your preorder" });
  });

  it("answers 404 for a message it does not have, and leaves other paths to the storefront", async () => {
    expect((await fetch(`${pages}/devstore/mailbox/99`)).status).toBe(404);
    expect(await (await fetch(`${pages}/devstore/mailbox/99.json`)).json()).toEqual({
      error: "No such message in the mailbox",
    });
    // Other paths go on to the storefront.
    const storefront = await fetch(`${pages}/`);
    expect(storefront.status).toBe(200);
    expect(await storefront.text()).not.toContain("Mailbox");
  });

  it("empties itself from the page", async () => {
    await send("To be cleared");

    const response = await fetch(`${pages}/devstore/mailbox/clear`, { method: "POST", redirect: "manual" });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/devstore/mailbox");
    expect(mailbox.messages()).toEqual([]);
  });

  it("serves fetch-style servers too (the dev store's handler)", async () => {
    await send("Via fetch");

    const response = await mailbox.fetch(new Request("http://127.0.0.1/devstore/mailbox.json"));

    expect(response?.status).toBe(200);
    expect((await response!.json())[0].subject).toBe("Via fetch");
    expect(await mailbox.fetch(new Request("http://127.0.0.1/devstore"))).toBeNull();
  });
});
