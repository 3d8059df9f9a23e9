// The planning step: decide which e-mails are due and record each as a queued row. Runs in
// `npm start` and `npm run reminders` outside Next.js, so it carries no "server-only" marker.
import type { Db } from "../db/prisma";
import { fromCalendarDate } from "../model/calendar-date";
import { loadReminderData } from "./load";
import { renderDigestEmail } from "./render-digest";
import { renderReminderEmail } from "./render-reminder";
import { selectDigests, selectReminders } from "./select";
import type { EmailContent } from "../mail/email-layout";
import { createUnsubscribeToken, oneClickUnsubscribeUrl, unsubscribePageUrl, type UnsubscribePurpose } from "./unsubscribe-token";

export interface PlanOptions {
  baseUrl: string;
  /** Signs the unsubscribe links (AUTH_SECRET). */
  secret: string;
}

export interface PlanResult {
  /** False when another instance held the planning lock; it plans the same e-mails. */
  hasPlanned: boolean;
  queued: number;
}

// Any fixed number, distinct from the migrations' lock.
const PLAN_LOCK_KEY = 72707206;
const PLAN_TIMEOUT_MS = 120_000;

interface Planned {
  dedupeKey: string;
  kind: "REMINDER" | "INTERNAL_REMINDER" | "DIGEST";
  userId: string;
  email: string;
  itemId: string | null;
  offsetDays: number | null;
  dueOn: string;
  purpose: UnsubscribePurpose;
  render: (unsubscribeUrl: string) => EmailContent;
}

/**
 * Queues every e-mail due at `now` that has no row yet. The advisory lock is taken with the
 * transaction (pg_try_advisory_xact_lock) because a pooled client may run a later unlock on
 * another connection; it spares the work, while the unique dedupe key is what makes a second
 * copy impossible (INSERT … ON CONFLICT DO NOTHING), whoever plans and however often. The
 * data is read before, outside the transaction: Prisma runs an include's queries side by
 * side, which one transaction's connection does not allow.
 */
export async function planEmails(db: Db, now: Date, options: PlanOptions): Promise<PlanResult> {
  const data = await loadReminderData(db, now);
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${PLAN_LOCK_KEY}) AS locked`;
      if (!locked) return { hasPlanned: false, queued: 0 };
      const context = (unsubscribeUrl: string) => ({ baseUrl: options.baseUrl, unsubscribeUrl, now });
      const planned: Planned[] = [
        ...selectReminders(data.members, data.items, data.responses, data.preferences, now).map((reminder): Planned => ({
          dedupeKey: reminder.dedupeKey,
          kind: reminder.kind,
          userId: reminder.member.userId,
          email: reminder.member.email,
          itemId: reminder.item.id,
          offsetDays: reminder.offsetDays,
          dueOn: reminder.dueOn,
          purpose: "reminders",
          render: (url) => renderReminderEmail(reminder, context(url)),
        })),
        ...selectDigests(data.members, data.items, data.responses, data.preferences, now, data.quietSources).map((digest): Planned => ({
          dedupeKey: digest.dedupeKey,
          kind: "DIGEST",
          userId: digest.member.userId,
          email: digest.member.email,
          itemId: null,
          offsetDays: null,
          dueOn: digest.digestOn,
          purpose: "digest",
          render: (url) => renderDigestEmail(digest, context(url)),
        })),
      ];
      const existing = await tx.sentEmail.findMany({
        where: { dedupeKey: { in: planned.map((p) => p.dedupeKey) } },
        select: { dedupeKey: true },
      });
      const known = new Set(existing.map((row) => row.dedupeKey));
      const rows = planned
        .filter((p) => !known.has(p.dedupeKey))
        .map((p) => {
          const token = createUnsubscribeToken(options.secret, p.userId, p.purpose, now);
          const content = p.render(unsubscribePageUrl(options.baseUrl, token));
          return {
            dedupeKey: p.dedupeKey,
            kind: p.kind,
            userId: p.userId,
            itemId: p.itemId,
            offsetDays: p.offsetDays,
            dueOn: fromCalendarDate(p.dueOn),
            toAddress: p.email,
            subject: content.subject,
            textBody: content.text,
            htmlBody: content.html,
            unsubscribeUrl: oneClickUnsubscribeUrl(options.baseUrl, token),
            nextAttemptAt: now,
            createdAt: now,
          };
        });
      // createMany with skipDuplicates is INSERT … ON CONFLICT DO NOTHING.
      const { count } = rows.length > 0 ? await tx.sentEmail.createMany({ data: rows, skipDuplicates: true }) : { count: 0 };
      return { hasPlanned: true, queued: count };
    },
    { timeout: PLAN_TIMEOUT_MS, maxWait: 10_000 },
  );
}
