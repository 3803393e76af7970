import { beforeEach, describe, expect, it } from "vitest";
import db from "../../app/db.server";
import {
  formValuesFrom,
  formValuesOf,
  parseMailSettings,
  parseMailSettingsForm,
  type MailSettingsFormValues,
} from "../../app/email/mail-settings";
import {
  demoMailboxSettings,
  loadMailSettings,
  MailNotConfiguredError,
  saveMailSettings,
  shopMailer,
} from "../../app/email/mail-settings.server";

const shop = "mail-settings.myshopify.com";

const form = (overrides: Partial<MailSettingsFormValues> = {}): MailSettingsFormValues => ({
  host: "smtp.example.com",
  port: "587",
  secure: false,
  username: "",
  password: "",
  fromAddress: "orders@example.com",
  fromName: "",
  ...overrides,
});

describe("mail settings validation", () => {
  it("accepts a complete form and drops the optional fields left blank", () => {
    expect(parseMailSettingsForm(form({ host: "  smtp.example.com ", fromName: " The Shop " }))).toEqual({
      ok: true,
      settings: {
        host: "smtp.example.com",
        port: 587,
        secure: false,
        fromAddress: "orders@example.com",
        fromName: "The Shop",
      },
    });
  });

  it("accepts a sign-in, SSL/TLS, an IP address and an IPv6 address", () => {
    for (const host of ["mail.example.co.uk", "10.0.0.5", "[::1]"]) {
      expect(parseMailSettingsForm(form({ host, port: "465", secure: true, username: "u", password: "p w" }))).toEqual({
        ok: true,
        settings: { host, port: 465, secure: true, username: "u", password: "p w", fromAddress: "orders@example.com" },
      });
    }
  });

  it.each([
    { case: "an empty host", fields: { host: "" }, field: "host", message: /host name, such as smtp\.example\.com/ },
    { case: "a URL as host", fields: { host: "https://smtp.example.com" }, field: "host", message: /without http/ },
    { case: "a host with a port", fields: { host: "smtp.example.com:587" }, field: "host", message: /or a port/ },
    { case: "an empty port", fields: { port: "" }, field: "port", message: /between 1 and 65535/ },
    { case: "port 0", fields: { port: "0" }, field: "port", message: /between 1 and 65535/ },
    { case: "port 65536", fields: { port: "65536" }, field: "port", message: /between 1 and 65535/ },
    { case: "a port that is not a number", fields: { port: "smtp" }, field: "port", message: /between 1 and 65535/ },
    { case: "a fractional port", fields: { port: "587.5" }, field: "port", message: /between 1 and 65535/ },
    {
      case: "a from address that is not an email",
      fields: { fromAddress: "orders" },
      field: "fromAddress",
      message: /such as orders@yourstore\.com/,
    },
    {
      case: "a username without a password",
      fields: { username: "shop" },
      field: "password",
      message: /Enter the password for this username/,
    },
    {
      case: "a password without a username",
      fields: { password: "secret" },
      field: "username",
      message: /Enter the username that goes with this password/,
    },
    {
      case: "a sender name with a line break",
      fields: { fromName: "Shop\nBcc: x@y.z" },
      field: "fromName",
      message: /line breaks/,
    },
  ])("refuses $case with a message on that field", ({ fields, field, message }) => {
    const result = parseMailSettingsForm(form(fields));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual([field]);
    expect(result.fieldErrors[field as keyof typeof result.fieldErrors]).toMatch(message);
    expect(result.message).toBe("Fix the highlighted field, then try again.");
  });

  it("reports every bad field at once", () => {
    const result = parseMailSettingsForm(form({ host: "", port: "99999", fromAddress: "x" }));

    expect(result).toMatchObject({ ok: false, message: "Fix the 3 highlighted fields, then try again." });
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual(["fromAddress", "host", "port"]);
  });

  it("keeps the saved password when the password field is left blank", () => {
    expect(parseMailSettingsForm(form({ username: "shop" }), { password: "saved-secret" })).toMatchObject({
      ok: true,
      settings: { username: "shop", password: "saved-secret" },
    });
    // Clearing the username clears the sign-in: the saved password is not used.
    expect(parseMailSettingsForm(form(), { password: "saved-secret" })).toEqual({
      ok: true,
      settings: { host: "smtp.example.com", port: 587, secure: false, fromAddress: "orders@example.com" },
    });
  });

  it("reads a submitted form as typed, the checkbox as on or off", () => {
    expect(formValuesFrom({ host: "h", port: "25", secure: "on", fromAddress: "a@b.c", junk: "x" })).toEqual({
      host: "h",
      port: "25",
      secure: true,
      username: "",
      password: "",
      fromAddress: "a@b.c",
      fromName: "",
    });
    expect(formValuesFrom({}).secure).toBe(false);
  });

  it("validates settings from anywhere, such as a number port from the database", () => {
    expect(parseMailSettings({ host: "h.example", port: 2525, secure: false, fromAddress: "a@b.co" }).ok).toBe(true);
    expect(parseMailSettings({ host: "h.example", port: 70000, secure: false, fromAddress: "a@b.co" }).ok).toBe(false);
  });
});

describe("mail settings per shop", () => {
  beforeEach(async () => {
    await db.mailSettings.deleteMany({});
  });

  it("saves, replaces and loads a shop's settings, the form without the password", async () => {
    await saveMailSettings(db, shop, {
      host: "smtp.example.com",
      port: 587,
      secure: false,
      username: "shop",
      password: "secret",
      fromAddress: "orders@example.com",
    });
    await saveMailSettings(db, shop, {
      host: "smtp.other.com",
      port: 465,
      secure: true,
      username: "shop",
      password: "secret2",
      fromAddress: "hello@example.com",
      fromName: "Hello",
    });

    const loaded = await loadMailSettings(db, shop, { demo: null });

    expect(await db.mailSettings.count()).toBe(1);
    expect(loaded).toEqual({
      source: "saved",
      hasPassword: true,
      settings: {
        host: "smtp.other.com",
        port: 465,
        secure: true,
        username: "shop",
        password: "secret2",
        fromAddress: "hello@example.com",
        fromName: "Hello",
      },
      formValues: {
        host: "smtp.other.com",
        port: "465",
        secure: true,
        username: "shop",
        password: "",
        fromAddress: "hello@example.com",
        fromName: "Hello",
      },
    });
    expect(await loadMailSettings(db, "other.myshopify.com", { demo: null })).toEqual({
      settings: null,
      source: null,
      hasPassword: false,
      formValues: formValuesOf(null),
    });
  });

  it("uses the dev store's mailbox in demo mode until the shop saves its own", async () => {
    const demo = demoMailboxSettings(shop, { DEV_STORE_SMTP_PORT: "2525" });
    expect(demo).toEqual({
      host: "127.0.0.1",
      port: 2525,
      secure: false,
      fromAddress: `store@${shop}`,
      fromName: "Dev store",
    });

    expect(await loadMailSettings(db, shop, { demo })).toMatchObject({ source: "demo-mailbox", settings: demo });
    await saveMailSettings(db, shop, { host: "smtp.example.com", port: 587, secure: false, fromAddress: "a@b.co" });
    expect(await loadMailSettings(db, shop, { demo })).toMatchObject({ source: "saved" });
  });

  it("has no demo mailbox without a port, and refuses one off loopback", () => {
    expect(demoMailboxSettings(shop, {})).toBeNull();
    expect(() =>
      demoMailboxSettings(shop, { DEV_STORE_SMTP_HOST: "smtp.example.com", DEV_STORE_SMTP_PORT: "25" }),
    ).toThrow("The demo's mailbox is misconfigured: DEV_STORE_SMTP_HOST must be a loopback address such as 127.0.0.1");
    expect(() => demoMailboxSettings(shop, { DEV_STORE_SMTP_PORT: "x" })).toThrow(/DEV_STORE_SMTP_PORT must be a port/);
  });

  it("gives services a sender bound to the shop's settings, or says to set them up", async () => {
    await expect(shopMailer(db, shop)).rejects.toThrow(MailNotConfiguredError);
    await expect(shopMailer(db, shop)).rejects.toThrow(
      "Set up your mail server in Settings › Email before Fieldtest can send emails for your store.",
    );

    await saveMailSettings(db, shop, { host: "smtp.example.com", port: 587, secure: false, fromAddress: "a@b.co" });
    const calls: unknown[] = [];
    const send = await shopMailer(db, shop, async (settings, message) => {
      calls.push([settings.host, message.subject]);
      return { messageId: "<1@x>", response: "250 OK", accepted: [message.to.address] };
    });
    await send({ to: { address: "c@d.co" }, subject: "S", text: "t", html: "<p>t</p>" });

    expect(calls).toEqual([["smtp.example.com", "S"]]);
  });
});
