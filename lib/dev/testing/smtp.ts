// A real SMTP server on loopback for the mail tests (the `smtp-server` package): it keeps
// every message it accepts, parsed, and can be stopped and started again on the same port to
// play a mail server that is down for a while, or told to refuse temporarily.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { findFreePort } from "../../db/embedded";

export const SMTP_USER = "fristvakt";
export const SMTP_PASS = "smtp-test-password";

export interface TestSmtpServer {
  port: number;
  messages: ParsedMail[];
  /** Envelope recipients of each accepted message, in order. */
  recipients: string[][];
  isRefusing: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestSmtpServer(options: { delayMs?: number } = {}): Promise<TestSmtpServer> {
  const port = await findFreePort();
  let server: SMTPServer | null = null;
  const state: TestSmtpServer = {
    port,
    messages: [],
    recipients: [],
    isRefusing: false,
    async start() {
      server = new SMTPServer({
        disabledCommands: ["STARTTLS"],
        allowInsecureAuth: true,
        logger: false,
        onAuth(auth, _session, callback) {
          if (auth.username === SMTP_USER && auth.password === SMTP_PASS) callback(null, { user: auth.username });
          else callback(new Error("Invalid username or password"));
        },
        onRcptTo(_address, _session, callback) {
          if (!state.isRefusing) return callback();
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          callback(error);
        },
        onData(stream, session, callback) {
          simpleParser(stream).then(
            async (mail) => {
              if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
              state.messages.push(mail);
              state.recipients.push(session.envelope.rcptTo.map((rcpt) => rcpt.address));
              callback();
            },
            (error: Error) => callback(error),
          );
        },
      });
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(port, "127.0.0.1", () => resolve());
      });
    },
    async stop() {
      const running = server;
      server = null;
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
  };
  await state.start();
  return state;
}
