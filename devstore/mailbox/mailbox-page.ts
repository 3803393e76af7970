import type { MailboxMessage } from "./mailbox";

/** The back office's Mailbox pages: every message the demo sent, newest first, and one message. */

const escape = (value: unknown) =>
  String(value ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

function layout(title: string, body: string) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<link rel="icon" href="data:,">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1f2937;background:#f6f6f7}
main{max-width:1100px;margin:0 auto;padding:24px}h1{font-size:22px}h2{font-size:16px;margin-top:28px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #e3e3e3}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eee;vertical-align:top}
form{display:inline}button{font:inherit;padding:3px 10px;border:1px solid #bbb;border-radius:6px;background:#fff;cursor:pointer}
pre{white-space:pre-wrap;background:#fff;border:1px solid #e3e3e3;padding:12px;margin:0}
iframe{width:100%;height:480px;border:1px solid #e3e3e3;background:#fff}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;border:1px solid #e3e3e3;padding:12px;margin:0}
dt{color:#6b7280}dd{margin:0}
</style></head><body><main>
${body}
</main></body></html>`;
}

export function mailboxListPage(
  messages: MailboxMessage[],
  context: { basePath: string; host: string; port: number },
): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td><a href="${escape(`${context.basePath}/${m.id}`)}">${escape(m.subject || "(no subject)")}</a></td>` +
        `<td>${escape(m.to.join(", "))}</td><td>${escape(m.from)}</td><td><time datetime="${escape(m.receivedAt)}">${escape(when(m.receivedAt))}</time></td></tr>`,
    )
    .join("\n");
  return layout(
    "Mailbox – dev store",
    `<h1>Mailbox</h1>
<p>Every email Fieldtest sends in the demo lands here instead of reaching anyone: preorder notices, test emails, flows.
The app sends through the SMTP server at <code>${escape(context.host)}:${escape(context.port)}</code>.
<a href="/devstore">Back office</a> · <a href="${escape(`${context.basePath}.json`)}">JSON</a></p>
${
  messages.length
    ? `<form method="post" action="${escape(`${context.basePath}/clear`)}"><button>Empty the mailbox</button></form>`
    : ""
}
<h2>Messages (newest first)</h2>
<table><thead><tr><th>Subject</th><th>To</th><th>From</th><th>Received</th></tr></thead><tbody>
${rows || `<tr><td colspan="4">No messages yet. Send a test email from Settings › Email in the app.</td></tr>`}
</tbody></table>`,
  );
}

export function mailboxMessagePage(message: MailboxMessage | null, context: { basePath: string }): string {
  const back = `<p><a href="${escape(context.basePath)}">← Mailbox</a></p>`;
  if (!message) {
    return layout("Message not found – dev store", `${back}<h1>Message not found</h1><p>It may have been cleared.</p>`);
  }
  const field = (label: string, value: string | null) =>
    value ? `<dt>${escape(label)}</dt><dd>${escape(value)}</dd>` : "";
  return layout(
    `${message.subject || "(no subject)"} – Mailbox`,
    `${back}<h1>${escape(message.subject || "(no subject)")}</h1>
<dl>${field("From", message.from)}${field("To", message.to.join(", "))}${field("Reply-To", message.replyTo)}${field(
      "Date",
      when(message.date),
    )}${field("Message-ID", message.messageId)}${field(
      "Envelope",
      `${message.envelope.from ?? "<>"} → ${message.envelope.to.join(", ")}`,
    )}</dl>
${
  message.html
    ? `<h2>HTML</h2><iframe sandbox title="The message's HTML part" srcdoc="${escape(message.html)}"></iframe>`
    : ""
}
<h2>Plain text</h2><pre>${escape(message.text)}</pre>
<p><a href="${escape(`${context.basePath}/${message.id}.json`)}">JSON</a></p>`,
  );
}
