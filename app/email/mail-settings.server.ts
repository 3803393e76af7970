import { z } from "zod";
import { config } from "../config.server";
import type { DbOrTx } from "../db.server";
import { isLoopbackHost } from "../demo/demo-mode";
import type { TransactionalMessage } from "./message";
import { sendMail, type SendMail, type SendResult } from "./smtp-sender.server";
import { formValuesOf, parseMailSettings, type MailSettingsFormValues, type SmtpSettings } from "./mail-settings";

/** Where a shop's effective mail settings come from. */
export type MailSettingsSource = "saved" | "demo-mailbox";

export interface LoadedMailSettings {
  settings: SmtpSettings | null;
  source: MailSettingsSource | null;
  /** A password is saved (the form shows it as kept, never its value). */
  hasPassword: boolean;
  /** What the settings form starts with: the saved row as stored (even one that no longer validates), without the password. */
  formValues: MailSettingsFormValues;
}

/**
 * The dev store's mailbox in demo mode (`npm run demo` starts it and passes its SMTP port):
 * DEV_STORE_SMTP_HOST (default 127.0.0.1, loopback only) and DEV_STORE_SMTP_PORT.
 */
const demoMailboxEnv = z.object({
  DEV_STORE_SMTP_HOST: z
    .string()
    .default("127.0.0.1")
    .refine(isLoopbackHost, "DEV_STORE_SMTP_HOST must be a loopback address such as 127.0.0.1"),
  DEV_STORE_SMTP_PORT: z.coerce
    .number({ error: "DEV_STORE_SMTP_PORT must be a port number" })
    .int()
    .min(1, "DEV_STORE_SMTP_PORT must be between 1 and 65535")
    .max(65535, "DEV_STORE_SMTP_PORT must be between 1 and 65535"),
});

/** The local mailbox's settings for a demo shop, or null when the environment names none. */
export function demoMailboxSettings(shop: string, env: Record<string, string | undefined>): SmtpSettings | null {
  if (!env.DEV_STORE_SMTP_PORT) return null;
  const parsed = demoMailboxEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`The demo's mailbox is misconfigured: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return {
    host: parsed.data.DEV_STORE_SMTP_HOST,
    port: parsed.data.DEV_STORE_SMTP_PORT,
    secure: false,
    fromAddress: `store@${shop}`,
    fromName: "Dev store",
  };
}

/** In demo mode, the mailbox settings used while the shop has saved none. */
function demoDefault(shop: string): SmtpSettings | null {
  return config().demo ? demoMailboxSettings(shop, process.env) : null;
}

/**
 * The shop's mail settings: what it saved, else (demo mode only) the dev store's mailbox.
 * `demo` overrides the demo default (tests); pass null for none.
 */
export async function loadMailSettings(
  db: DbOrTx,
  shop: string,
  options: { demo?: SmtpSettings | null } = {},
): Promise<LoadedMailSettings> {
  const row = await db.mailSettings.findUnique({ where: { shop } });
  if (row) {
    const parsed = parseMailSettings(row);
    const formValues = {
      ...formValuesOf(null),
      host: row.host,
      port: String(row.port),
      secure: row.secure,
      username: row.username ?? "",
      fromAddress: row.fromAddress,
      fromName: row.fromName ?? "",
    };
    const hasPassword = Boolean(row.password);
    // A row that no longer validates (a rule tightened) is shown for correction; nothing is sent with it.
    return parsed.ok
      ? { settings: parsed.settings, source: "saved", hasPassword, formValues }
      : { settings: null, source: null, hasPassword, formValues };
  }
  const demo = options.demo === undefined ? demoDefault(shop) : options.demo;
  return { settings: demo, source: demo ? "demo-mailbox" : null, hasPassword: false, formValues: formValuesOf(demo) };
}

/** Saves validated settings for the shop (one row per shop; saving again replaces it). */
export async function saveMailSettings(db: DbOrTx, shop: string, settings: SmtpSettings): Promise<void> {
  const data = {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    username: settings.username ?? null,
    password: settings.password ?? null,
    fromAddress: settings.fromAddress,
    fromName: settings.fromName ?? null,
  };
  await db.mailSettings.upsert({ where: { shop }, create: { shop, ...data }, update: data });
}

/** The shop has no mail server set up (and is not a demo shop with the dev store's mailbox). */
export class MailNotConfiguredError extends Error {
  constructor() {
    super("Set up your mail server in Settings › Email before Fieldtest can send emails for your store.");
    this.name = "MailNotConfiguredError";
  }
}

/**
 * A sender bound to the shop's mail settings, for services that send: `notifyPreorderCustomers(db,
 * { ..., sendMail: await shopMailer(db, shop) })`. Throws MailNotConfiguredError when there are none.
 */
export async function shopMailer(
  db: DbOrTx,
  shop: string,
  send: SendMail = sendMail,
): Promise<(message: TransactionalMessage) => Promise<SendResult>> {
  const { settings } = await loadMailSettings(db, shop);
  if (!settings) throw new MailNotConfiguredError();
  return (message) => send(settings, message);
}
