// One poll of one source, and of every source that is due. Several instances (npm start on
// two machines, npm run sources -- poll beside them) may run this at once: a source is
// claimed in PostgreSQL first (a lease, taken with SKIP LOCKED), so each poll of a source
// happens once, and a source whose lease has run out (its instance died) is polled again.
// Outside Next.js, so no "server-only" marker.
import type { Db } from "../db/prisma";
import { toCalendarDateOrNull } from "../model/calendar-date";
import { applyEntries, emptySummary, type ApplySummary } from "./apply-entries";
import { nextPollAt } from "./backoff";
import type { PoliteFetcher } from "./polite-fetch";
import { readSource, type KnownEntry } from "./read-source";
import type { SourceEntry } from "./entry";

export interface PollDeps {
  db: Db;
  fetcher: PoliteFetcher;
  /** "Now" (currentTime), asked afresh for each source. */
  clock: () => Date;
}

export type PollResult =
  | { sourceId: string; name: string; kind: "busy" }
  | { sourceId: string; name: string; kind: "unchanged" }
  | { sourceId: string; name: string; kind: "read"; summary: ApplySummary; problem: string | null }
  | { sourceId: string; name: string; kind: "failed"; message: string };

/** Long enough for a regjeringen.no run of a hundred pages at 1.5 s each. */
const LEASE_MS = 15 * 60 * 1000;
/** Pages read, none of them with a date: the site's layout has probably changed. */
const LAYOUT_SUSPECT_PAGES = 3;

/** Claims a source: the given one if nobody polls it now, else the most overdue due one. */
async function claim(db: Db, now: Date, sourceId: string | null): Promise<string | null> {
  const until = new Date(now.getTime() + LEASE_MS);
  const rows = sourceId
    ? await db.$queryRaw<{ id: string }[]>`
        UPDATE polled_source SET lease_until = ${until}
        WHERE id = (SELECT id FROM polled_source WHERE id = ${sourceId}::uuid AND (lease_until IS NULL OR lease_until <= ${now})
                    FOR UPDATE SKIP LOCKED)
        RETURNING id::text`
    : await db.$queryRaw<{ id: string }[]>`
        UPDATE polled_source SET lease_until = ${until}
        WHERE id = (SELECT id FROM polled_source
                    WHERE is_enabled AND next_poll_at <= ${now} AND (lease_until IS NULL OR lease_until <= ${now})
                    ORDER BY next_poll_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id::text`;
  return rows[0]?.id ?? null;
}

async function knownEntries(db: Db, sourceId: string): Promise<Map<string, KnownEntry>> {
  const rows = await db.sourceProposal.findMany({
    where: { polledSourceId: sourceId },
    select: { key: true, fingerprint: true, state: true, readAt: true, entry: true, item: { select: { dueOn: true } } },
  });
  return new Map(
    rows.map((row) => {
      const entry = row.entry as unknown as SourceEntry;
      const dueOn = toCalendarDateOrNull(row.item?.dueOn ?? null) ?? entry.deadline ?? entry.startOn ?? null;
      return [row.key, { key: row.key, fingerprint: row.fingerprint, state: row.state, readAt: row.readAt, dueOn }];
    }),
  );
}

function yielded(summary: ApplySummary): boolean {
  return summary.published + summary.proposed + summary.updated + summary.cancelled > 0;
}

function layoutProblem(entries: { entry: SourceEntry }[]): string | null {
  const pages = entries.length;
  if (pages < LAYOUT_SUSPECT_PAGES || entries.some(({ entry }) => entry.deadline || entry.startOn)) return null;
  return `None of the ${pages} pages read had a date; the site's layout may have changed.`;
}

async function pollClaimed(deps: PollDeps, sourceId: string): Promise<PollResult> {
  const { db } = deps;
  const now = deps.clock();
  const source = await db.polledSource.findUniqueOrThrow({ where: { id: sourceId } });
  const base = { sourceId, name: source.name };
  const failed = async (message: string, retryAfterMs: number | null): Promise<PollResult> => {
    const failureCount = source.failureCount + 1;
    await db.polledSource.update({
      where: { id: sourceId },
      data: {
        lastPolledAt: now,
        lastError: message,
        failureCount,
        nextPollAt: nextPollAt(now, source.pollIntervalMinutes, failureCount, retryAfterMs),
        leaseUntil: null,
      },
    });
    return { ...base, kind: "failed", message };
  };
  try {
    const outcome = await readSource(deps.fetcher, source, await knownEntries(db, sourceId), now);
    if (outcome.kind === "refused")
      return failed(`The server answered ${outcome.status}; Fristvakt waits longer before asking again.`, outcome.retryAfterMs);
    if (outcome.kind === "failed") return failed(outcome.message, null);
    if (outcome.kind === "unchanged") {
      await db.polledSource.update({
        where: { id: sourceId },
        data: {
          lastPolledAt: now,
          lastSuccessAt: now,
          lastError: null,
          failureCount: 0,
          nextPollAt: nextPollAt(now, source.pollIntervalMinutes, 0),
          leaseUntil: null,
        },
      });
      return { ...base, kind: "unchanged" };
    }
    const summary = outcome.entries.length > 0 ? await applyEntries(db, source, outcome.entries, now) : emptySummary();
    const undated =
      summary.undated.length > 0
        ? `No date could be read for ${summary.undated.map((t) => `"${t}"`).join(", ")}; the items were kept as they were.`
        : null;
    const problems = [...outcome.problems, layoutProblem(outcome.entries), undated, ...summary.failed].filter((p): p is string =>
      Boolean(p),
    );
    const refused = outcome.refused;
    const problem = refused
      ? `The server answered ${refused.status} while pages were read; the rest waits for the next poll.`
      : problems.join(" ") || null;
    const failureCount = refused ? source.failureCount + 1 : 0;
    await db.polledSource.update({
      where: { id: sourceId },
      data: {
        ...outcome.validators,
        lastPolledAt: now,
        lastSuccessAt: now,
        lastError: problem,
        failureCount,
        ...(yielded(summary) ? { lastYieldAt: now } : {}),
        nextPollAt: nextPollAt(now, source.pollIntervalMinutes, failureCount, refused?.retryAfterMs ?? null),
        leaseUntil: null,
      },
    });
    return { ...base, kind: "read", summary, problem };
  } catch (error) {
    return failed(`The poll stopped: ${error instanceof Error ? error.message : String(error)}`, null);
  }
}

/** Polls one source now, unless another process is polling it at this moment ("busy"). */
export async function pollSource(deps: PollDeps, sourceId: string): Promise<PollResult> {
  const claimed = await claim(deps.db, deps.clock(), sourceId);
  if (!claimed) {
    const source = await deps.db.polledSource.findUnique({ where: { id: sourceId }, select: { name: true } });
    return { sourceId, name: source?.name ?? sourceId, kind: "busy" };
  }
  return pollClaimed(deps, claimed);
}

/** Polls every source that is due, one after another, until none is left to claim. */
export async function pollDueSources(deps: PollDeps): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (let id = await claim(deps.db, deps.clock(), null); id; id = await claim(deps.db, deps.clock(), null)) {
    results.push(await pollClaimed(deps, id));
  }
  return results;
}

/** Every enabled source now, once, due or not (npm run sources -- poll). */
export async function pollAllSources(deps: PollDeps): Promise<PollResult[]> {
  const sources = await deps.db.polledSource.findMany({ where: { isEnabled: true }, select: { id: true }, orderBy: { createdAt: "asc" } });
  const results: PollResult[] = [];
  for (const { id } of sources) results.push(await pollSource(deps, id));
  return results;
}

/** One line per source for the command line and the log. */
export function describePollResult(result: PollResult): string {
  switch (result.kind) {
    case "busy":
      return `${result.name}: being polled by another process right now; skipped.`;
    case "unchanged":
      return `${result.name}: unchanged since the last poll.`;
    case "failed":
      return `${result.name}: failed. ${result.message}`;
    case "read": {
      const s = result.summary;
      const line = `${result.name}: ${s.published} published, ${s.proposed} for review, ${s.updated} updated, ${s.cancelled} cancelled, ${s.unchanged} unchanged`;
      return `${line}${s.keptByEditor ? ` (${s.keptByEditor} with editors' changes kept)` : ""}.${result.problem ? ` ${result.problem}` : ""}`;
    }
  }
}
