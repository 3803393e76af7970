import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Session } from "@shopify/shopify-api";
import { getJwt } from "@shopify/shopify-api/test-helpers";

// authenticate.admin must find the stored offline session and never call Shopify; this guard
// goes in before any import of the app (see tests/admin/pages.test.ts).
const network = vi.hoisted(() => {
  const attempted: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return realFetch(input, init);
    attempted.push(url.href);
    return Promise.reject(new Error(`A test tried to reach ${url.href}`));
  };
  return { attempted };
});

import db from "../../app/db.server";
import { sessionStorage } from "../../app/shopify.server";
import { closeMailTransports } from "../../app/email/smtp-sender.server";
import * as emailSettings from "../../app/routes/app.settings.email";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { startSmtpServer, type TestSmtpServer } from "./smtp-test-server";

const shop = "email-settings.myshopify.com";
const host = Buffer.from(`${shop}/admin`).toString("base64");

async function sessionToken() {
  const { token } = await getJwt(
    shop.replace(".myshopify.com", ""),
    process.env.SHOPIFY_API_KEY!,
    process.env.SHOPIFY_API_SECRET!,
  );
  return token;
}

async function pageRequest() {
  const url = new URL("/app/settings/email", "https://fieldtest.test");
  url.search = new URLSearchParams({ embedded: "1", shop, host, id_token: await sessionToken() }).toString();
  return new Request(url);
}

async function formPost(fields: Record<string, string>) {
  return new Request(new URL("/app/settings/email", "https://fieldtest.test"), {
    method: "POST",
    headers: { Authorization: `Bearer ${await sessionToken()}` },
    body: new URLSearchParams(fields),
  });
}

const args = (request: Request, params: LoaderFunctionArgs["params"] = {}) => ({ request, params, context: {} });

/** An action's result as the browser gets it: `data(body, status)` or a plain body (200). */
function outcome(result: unknown): { status: number; body: Record<string, unknown> } {
  const withInit = result as { type?: string; data?: unknown; init?: ResponseInit | null };
  if (withInit.type === "DataWithResponseInit") {
    return { status: withInit.init?.status ?? 200, body: withInit.data as Record<string, unknown> };
  }
  return { status: 200, body: result as Record<string, unknown> };
}

async function post(fields: Record<string, string>) {
  return outcome(await emailSettings.action(args(await formPost(fields))));
}

let smtp: TestSmtpServer;
let authSmtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  authSmtp = await startSmtpServer({ auth: { username: "shop", password: "app-password" } });
  await sessionStorage.storeSession(
    new Session({
      id: `offline_${shop}`,
      shop,
      state: "x",
      isOnline: false,
      accessToken: "token",
      scope: process.env.SCOPES,
    }),
  );
});

beforeEach(async () => {
  await db.mailSettings.deleteMany({ where: { shop } });
});

afterEach(async () => {
  expect(network.attempted).toEqual([]);
  await closeMailTransports();
});

afterAll(async () => {
  await Promise.all([smtp?.close(), authSmtp?.close()]);
});

const typed = () => ({
  host: "127.0.0.1",
  port: String(smtp.port),
  username: "",
  password: "",
  fromAddress: "orders@shop.test",
  fromName: "The Shop",
});

describe("Settings › Email", () => {
  it("starts with an empty form on port 587 when nothing is saved", async () => {
    const page = await emailSettings.loader(args(await pageRequest()));

    expect(page).toEqual({
      values: { host: "", port: "587", secure: false, username: "", password: "", fromAddress: "", fromName: "" },
      hasPassword: false,
      source: null,
      mailbox: null,
    });
  });

  it("saves the settings, and shows them again without the password", async () => {
    const result = await post({
      intent: "save",
      ...typed(),
      host: "smtp.example.com",
      port: "465",
      secure: "on",
      username: "shop",
      password: "secret",
    });

    expect(result).toMatchObject({
      status: 200,
      body: { ok: true, intent: "save", message: expect.stringContaining("saved") },
    });
    expect(await db.mailSettings.findUniqueOrThrow({ where: { shop } })).toMatchObject({
      host: "smtp.example.com",
      port: 465,
      secure: true,
      username: "shop",
      password: "secret",
      fromAddress: "orders@shop.test",
      fromName: "The Shop",
    });
    const page = await emailSettings.loader(args(await pageRequest()));
    expect(page).toMatchObject({ source: "saved", hasPassword: true });
    expect(page.values).toEqual({
      host: "smtp.example.com",
      port: "465",
      secure: true,
      username: "shop",
      password: "",
      fromAddress: "orders@shop.test",
      fromName: "The Shop",
    });
    expect(JSON.stringify(page)).not.toContain("secret");
  });

  it("keeps the saved password when the form leaves it blank", async () => {
    await post({ intent: "save", ...typed(), username: "shop", password: "secret" });
    await post({ intent: "save", ...typed(), username: "shop", password: "", fromName: "Renamed" });

    expect(await db.mailSettings.findUniqueOrThrow({ where: { shop } })).toMatchObject({
      password: "secret",
      fromName: "Renamed",
    });
  });

  it("answers bad fields with their errors and everything typed, and saves nothing", async () => {
    await post({ intent: "save", ...typed() });
    const before = await db.mailSettings.findUniqueOrThrow({ where: { shop } });
    const fields = {
      intent: "save",
      host: "https://smtp.example.com",
      port: "99999",
      secure: "on",
      username: "shop",
      password: "",
      fromAddress: "not-an-email",
      fromName: "Still here",
    };

    const result = await post(fields);

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      ok: false,
      intent: "save",
      message: "Fix the 4 highlighted fields, then try again.",
      values: {
        host: "https://smtp.example.com",
        port: "99999",
        secure: true,
        username: "shop",
        password: "",
        fromAddress: "not-an-email",
        fromName: "Still here",
      },
    });
    expect(result.body.fieldErrors).toEqual({
      host: expect.stringContaining("without http://"),
      port: expect.stringContaining("between 1 and 65535"),
      password: expect.stringContaining("Enter the password for this username"),
      fromAddress: expect.stringContaining("orders@yourstore.com"),
    });
    expect(await db.mailSettings.findUniqueOrThrow({ where: { shop } })).toEqual(before);
  });

  it("sends a test email with the typed settings, and shows the server's answer", async () => {
    const result = await post({ intent: "test", ...typed(), testRecipient: "merchant@shop.test" });

    expect(result).toMatchObject({
      status: 200,
      body: {
        ok: true,
        intent: "test",
        message: `The mail server accepted the test email to merchant@shop.test. It answered: 250 Queued as test-${smtp.received.length}`,
        testRecipient: "merchant@shop.test",
      },
    });
    const mail = smtp.received.at(-1)!;
    expect(mail.envelope.to).toEqual(["merchant@shop.test"]);
    expect(mail.parsed.from?.value).toEqual([{ name: "The Shop", address: "orders@shop.test" }]);
    expect(mail.parsed.subject).toBe(`Test email from Fieldtest for ${shop}`);
    expect(mail.parsed.text).toContain(`Mail server: 127.0.0.1:${smtp.port}`);
    expect(mail.parsed.html).toContain("your mail settings work");
    // Testing does not save.
    expect(await db.mailSettings.count({ where: { shop } })).toBe(0);
  });

  it("sends the test email signed in with the saved password when the field is blank", async () => {
    await post({ intent: "save", ...typed(), port: String(authSmtp.port), username: "shop", password: "app-password" });

    const result = await post({
      intent: "test",
      ...typed(),
      port: String(authSmtp.port),
      username: "shop",
      testRecipient: "merchant@shop.test",
    });

    expect(result).toMatchObject({ status: 200, body: { ok: true } });
    expect(authSmtp.received.at(-1)?.user).toBe("shop");
  });

  it("shows why the test email failed, keeping what was typed", async () => {
    const port = await freePort();
    const fields = { intent: "test", ...typed(), port: String(port), testRecipient: "merchant@shop.test" };

    const result = await post(fields);

    expect(result).toMatchObject({
      status: 502,
      body: {
        ok: false,
        message: `The test email was not sent. Could not connect to the mail server at 127.0.0.1:${port}: the connection was refused. Check the host and the port (usually 587, or 465 with SSL/TLS).`,
        values: { ...typed(), port: String(port), secure: false },
        testRecipient: "merchant@shop.test",
      },
    });
  });

  it("shows a wrong password as the server's refusal", async () => {
    const result = await post({
      intent: "test",
      ...typed(),
      port: String(authSmtp.port),
      username: "shop",
      password: "wrong",
      testRecipient: "merchant@shop.test",
    });

    expect(result.status).toBe(502);
    expect(result.body.message).toMatch(
      /^The test email was not sent\. The mail server refused the username or password\./,
    );
  });

  it("asks for a test address before sending", async () => {
    const before = smtp.received.length;

    const result = await post({ intent: "test", ...typed(), testRecipient: "merchant" });

    expect(result).toMatchObject({
      status: 400,
      body: { ok: false, fieldErrors: { testRecipient: expect.stringContaining("address to send the test email to") } },
    });
    expect(smtp.received.length).toBe(before);
  });

  it("refuses a form without a known intent with 400", async () => {
    expect(await post({ intent: "delete", ...typed() })).toMatchObject({
      status: 400,
      body: { ok: false, message: expect.stringContaining("incomplete") },
    });
  });
});
