import { z } from "zod";

/**
 * The shop's outgoing mail server (Settings › Email), validated with messages a merchant can
 * act on. Pure: loading and saving live in mail-settings.server.ts.
 */
export interface SmtpSettings {
  host: string;
  port: number;
  /** true: TLS from the first byte (usually port 465). false: plain, upgraded with STARTTLS when offered (587). */
  secure: boolean;
  username?: string;
  password?: string;
  fromAddress: string;
  fromName?: string;
}

export const MAIL_SETTINGS_FIELDS = [
  "host",
  "port",
  "secure",
  "username",
  "password",
  "fromAddress",
  "fromName",
] as const;
export type MailSettingsField = (typeof MAIL_SETTINGS_FIELDS)[number];

/** The form as the merchant typed it: every field a string (the checkbox a boolean). */
export interface MailSettingsFormValues {
  host: string;
  port: string;
  secure: boolean;
  username: string;
  password: string;
  fromAddress: string;
  fromName: string;
}

const PORT_MESSAGE = "Enter a port between 1 and 65535: usually 587, or 465 with SSL/TLS.";
const HOST_MESSAGE = "Enter the mail server's host name, such as smtp.example.com, without http:// or a port.";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value === null ? undefined : value;

const hostName = z
  .string({ error: HOST_MESSAGE })
  .trim()
  .min(1, HOST_MESSAGE)
  .max(253, HOST_MESSAGE)
  // A DNS name or an IPv4 address; an IPv6 address in brackets.
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/i,
    HOST_MESSAGE,
  );

const port = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : value),
  z.number({ error: PORT_MESSAGE }).int(PORT_MESSAGE).min(1, PORT_MESSAGE).max(65535, PORT_MESSAGE),
);

const checkbox = z.preprocess(
  (value) => (typeof value === "string" ? ["on", "true", "1", "yes"].includes(value.toLowerCase()) : (value ?? false)),
  z.boolean(),
);

export const emailAddress = (message: string) =>
  z.string({ error: message }).trim().max(254, message).pipe(z.email(message));

export const mailSettingsSchema = z
  .object({
    host: hostName,
    port,
    secure: checkbox,
    username: z.preprocess(
      blankToUndefined,
      z.string().trim().max(254, "Use a username of at most 254 characters.").optional(),
    ),
    password: z.preprocess(
      blankToUndefined,
      z.string().max(1024, "Use a password of at most 1024 characters.").optional(),
    ),
    fromAddress: emailAddress("Enter the address your emails come from, such as orders@yourstore.com."),
    fromName: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(100, "Use a sender name of at most 100 characters.")
        .refine((name) => !/[\r\n<>"]/.test(name), 'A sender name cannot contain line breaks, < > or ".')
        .optional(),
    ),
  })
  .superRefine((settings, ctx) => {
    if (settings.username && !settings.password) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "Enter the password for this username, or clear the username if your server needs no sign-in.",
      });
    }
    if (settings.password && !settings.username) {
      ctx.addIssue({
        code: "custom",
        path: ["username"],
        message: "Enter the username that goes with this password, or clear the password.",
      });
    }
  });

export type MailSettingsFieldErrors = Partial<Record<MailSettingsField, string>>;

export type MailSettingsParse =
  { ok: true; settings: SmtpSettings } | { ok: false; fieldErrors: MailSettingsFieldErrors; message: string };

/** Validates settings from any source (a form, the database, the demo's environment). */
export function parseMailSettings(input: unknown): MailSettingsParse {
  const result = mailSettingsSchema.safeParse(input);
  if (result.success) {
    const { username, password, fromName, ...rest } = result.data;
    return {
      ok: true,
      settings: {
        ...rest,
        ...(username ? { username } : {}),
        ...(password ? { password } : {}),
        ...(fromName ? { fromName } : {}),
      },
    };
  }
  const fieldErrors: MailSettingsFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as MailSettingsField;
    if (MAIL_SETTINGS_FIELDS.includes(field) && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  const count = Object.keys(fieldErrors).length;
  return {
    ok: false,
    fieldErrors,
    message:
      count === 1
        ? "Fix the highlighted field, then try again."
        : `Fix the ${count} highlighted fields, then try again.`,
  };
}

/** The form's fields as typed, from submitted form data; nothing is dropped, so a failed save can show it again. */
export function formValuesFrom(form: Record<string, unknown>): MailSettingsFormValues {
  const text = (name: string) => (typeof form[name] === "string" ? (form[name] as string) : "");
  return {
    host: text("host"),
    port: text("port"),
    secure: checkbox.safeParse(form.secure).data ?? false,
    username: text("username"),
    password: text("password"),
    fromAddress: text("fromAddress"),
    fromName: text("fromName"),
  };
}

/**
 * Validates the settings form. The saved password is never sent to the browser, so a blank
 * password field keeps the saved one while a username is set.
 */
export function parseMailSettingsForm(
  values: MailSettingsFormValues,
  saved?: { password?: string | null } | null,
): MailSettingsParse {
  const keepSaved = values.password === "" && values.username.trim() !== "" && saved?.password;
  return parseMailSettings({ ...values, password: keepSaved ? saved.password : values.password });
}

/** The form's starting values for saved (or default) settings; the password stays on the server. */
export function formValuesOf(settings: SmtpSettings | null): MailSettingsFormValues {
  return {
    host: settings?.host ?? "",
    port: settings ? String(settings.port) : "587",
    secure: settings?.secure ?? false,
    username: settings?.username ?? "",
    password: "",
    fromAddress: settings?.fromAddress ?? "",
    fromName: settings?.fromName ?? "",
  };
}
