import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  parsed: ParsedMail;
  envelope: { from: string | null; to: string[] };
  user: string | null;
}

/**
 * A real SMTP server for tests (smtp-server), keeping what it receives parsed by mailparser.
 * `auth` makes it require that sign-in; `rejectRecipients` answers 550 to matching RCPT TO;
 * `failData` answers every message with 451 (a server that is up but refuses to take mail).
 */
export async function startSmtpServer(
  options: { auth?: { username: string; password: string }; rejectRecipients?: RegExp; failData?: boolean } = {},
) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      if (!options.auth) return callback(null, { user: auth.username ?? "anyone" });
      if (auth.username === options.auth.username && auth.password === options.auth.password) {
        return callback(null, { user: auth.username });
      }
      callback(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipients?.test(address.address)) {
        return callback(
          Object.assign(new Error(`No mailbox here by that name: ${address.address}`), { responseCode: 550 }),
        );
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          if (options.failData) {
            return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
          }
          received.push({
            parsed,
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            user: typeof session.user === "string" ? session.user : null,
          });
          callback(null, `Queued as test-${received.length}`);
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
