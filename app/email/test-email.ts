import type { SmtpSettings } from "./mail-settings";
import { composeContent, facts, paragraph, type MessageContent } from "./message";

/** The message Settings › Email sends to check the settings: says where it came from and how. */
export function testEmailContent(shop: string, settings: SmtpSettings): MessageContent {
  return composeContent(`Test email from Fieldtest for ${shop}`, [
    paragraph(
      `This is a test email from Fieldtest for ${shop}. It reached you, so your mail settings work: preorder notices and other emails to your customers will be sent the same way.`,
    ),
    facts([
      { label: "Mail server", value: `${settings.host}:${settings.port}${settings.secure ? " (SSL/TLS)" : ""}` },
      {
        label: "Sent from",
        value: settings.fromName ? `${settings.fromName} <${settings.fromAddress}>` : settings.fromAddress,
      },
      { label: "Signed in as", value: settings.username ?? "(no sign-in)" },
    ]),
    paragraph("You can delete this email."),
  ]);
}
