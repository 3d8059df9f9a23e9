// The sending step. Each e-mail is claimed with FOR UPDATE SKIP LOCKED in a transaction that
// stays open while it is sent: another instance skips the row instead of sending it too, and
// if this process dies mid-send the lock goes with its connection and the row is still
// queued. Runs outside Next.js too, so it carries no "server-only" marker.
import { createHash } from "node:crypto";
import type { Db } from "../db/prisma";
import { nextAttemptAt } from "./backoff";
import type { Mailer } from "../mail/mailer";

export type SendOutcome = "sent" | "retry" | "failed";

export interface SendSummary {
  sent: number;
  retry: number;
  failed: number;
}

interface QueuedRow {
  id: bigint;
  dedupe_key: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  unsubscribe_url: string;
  attempts: number;
}

// Longer than the SMTP timeouts in mailer.ts, so a send never outlives its lock.
const SEND_TIMEOUT_MS = 90_000;
const CONSECUTIVE_FAILURES_TO_PAUSE = 3;

/** The same Message-ID on every attempt, so a receiver can tell a repeat from a new e-mail. */
export function messageIdFor(dedupeKey: string, domain: string): string {
  return `<${createHash("sha256").update(dedupeKey).digest("hex").slice(0, 32)}@${domain}>`;
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1_000);
}

/** Sends the next queued e-mail due at `now`; null when there is none (or all are being sent elsewhere). */
export async function sendNextEmail(db: Db, mailer: Mailer, now: Date, domain: string): Promise<SendOutcome | null> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<QueuedRow[]>`
        SELECT id, dedupe_key, to_address, subject, text_body, html_body, unsubscribe_url, attempts
        FROM sent_email
        WHERE status = 'QUEUED' AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!row) return null;
      const attempts = row.attempts + 1;
      try {
        const { messageId } = await mailer.send({
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body,
          unsubscribeUrl: row.unsubscribe_url,
          messageId: messageIdFor(row.dedupe_key, domain),
        });
        await tx.$executeRaw`
          UPDATE sent_email SET status = 'SENT', attempts = ${attempts}, sent_at = ${now}, message_id = ${messageId}, last_error = NULL
          WHERE id = ${row.id}`;
        return "sent";
      } catch (error) {
        const retryAt = nextAttemptAt(attempts, now);
        await tx.$executeRaw`
          UPDATE sent_email
          SET status = ${retryAt ? "QUEUED" : "FAILED"}::email_status, attempts = ${attempts},
              next_attempt_at = ${retryAt ?? now}, last_error = ${describeError(error)}
          WHERE id = ${row.id}`;
        return retryAt ? "retry" : "failed";
      }
    },
    { timeout: SEND_TIMEOUT_MS, maxWait: 10_000 },
  );
}

/**
 * Sends queued e-mails until none is due. After a few failures in a row (the mail server is
 * down) it stops, leaving the rest for the next run rather than waiting on each in turn.
 */
export async function sendDueEmails(db: Db, mailer: Mailer, now: () => Date, domain: string): Promise<SendSummary> {
  const summary: SendSummary = { sent: 0, retry: 0, failed: 0 };
  let failuresInRow = 0;
  for (;;) {
    const outcome = await sendNextEmail(db, mailer, now(), domain);
    if (outcome === null) return summary;
    summary[outcome] += 1;
    failuresInRow = outcome === "sent" ? 0 : failuresInRow + 1;
    if (failuresInRow >= CONSECUTIVE_FAILURES_TO_PAUSE) return summary;
  }
}
