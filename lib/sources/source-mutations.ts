// Editors' changes to sources and relevance words. Each checks the caller first
// (the command line passes COMMAND_LINE: it runs with the database's own rights) and writes
// the change and its audit row in one transaction. Runs under the command line as well as in
// the app, so no "server-only".
import type { Db } from "../db/prisma";
import type { PolledSource, RelevanceTerm } from "../db/generated/client";
import { diffRecords, type AuditRecord } from "../audit/changes";
import { recordAuditEvent, recordAuditEventIfChanged } from "../audit/record";
import { requireItemEditor } from "../auth/access";
import { isUuid } from "../model/uuid";
import type { Viewer } from "../auth/viewer-types";
import { AppError, parseInput, withDatabaseErrors } from "../errors";
import { SOURCE_PROBLEM } from "../i18n/problem-keys";
import {
  defaultSourceName,
  relevanceTermInputSchema,
  sourceInputSchema,
  sourceUpdateInputSchema,
  type RelevanceTermInput,
  type SourceInput,
  type SourceUpdateInput,
} from "./schemas";

const v = SOURCE_PROBLEM;
export const COMMAND_LINE = "command-line" as const;
type Caller = Viewer | typeof COMMAND_LINE;

function editorId(caller: Caller): string | null {
  return caller === COMMAND_LINE ? null : requireItemEditor(caller).userId;
}

function sourceRecord(row: PolledSource): AuditRecord {
  return {
    type: row.type,
    url: row.url,
    name: row.name,
    mode: row.mode,
    pollIntervalMinutes: row.pollIntervalMinutes,
    isEnabled: row.isEnabled,
  };
}

function termRecord(row: RelevanceTerm): AuditRecord {
  return { kind: row.kind, term: row.term };
}

export async function addSource(db: Db, caller: Caller, input: SourceInput, now: Date): Promise<{ id: string; name: string }> {
  const actorUserId = editorId(caller);
  const data = parseInput(sourceInputSchema, input);
  return withDatabaseErrors(
    () =>
      db.$transaction(async (tx) => {
        const row = await tx.polledSource.create({
          data: { ...data, name: data.name ?? defaultSourceName(data.type, data.url), nextPollAt: now, createdAt: now, updatedAt: now },
        });
        await recordAuditEvent(tx, {
          at: now,
          actorUserId,
          entityType: "polled_source",
          entityId: row.id,
          action: "create",
          changes: diffRecords(null, sourceRecord(row)),
        });
        return { id: row.id, name: row.name };
      }),
    v.sourceExists,
  );
}

export async function updateSource(db: Db, caller: Caller, input: SourceUpdateInput, now: Date): Promise<void> {
  const actorUserId = editorId(caller);
  const { id, ...data } = parseInput(sourceUpdateInputSchema, input);
  await withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const before = await tx.polledSource.findUnique({ where: { id } });
      if (!before) throw new AppError("NOT_FOUND", v.unknownSource);
      const after = await tx.polledSource.update({ where: { id }, data: { ...data, updatedAt: now } });
      const changes = diffRecords(sourceRecord(before), sourceRecord(after));
      await recordAuditEventIfChanged(tx, { at: now, actorUserId, entityType: "polled_source", entityId: id, action: "update", changes });
    }),
  );
}

/** Adds a word or ministry; one already there is left as it is, with no audit row. */
export async function addRelevanceTerm(db: Db, caller: Caller, input: RelevanceTermInput, now: Date): Promise<void> {
  const actorUserId = editorId(caller);
  const data = parseInput(relevanceTermInputSchema, input);
  await db.$transaction(async (tx) => {
    const [row] = await tx.relevanceTerm.createManyAndReturn({ data: [{ ...data, createdAt: now }], skipDuplicates: true });
    if (!row) return;
    await recordAuditEvent(tx, {
      at: now,
      actorUserId,
      entityType: "relevance_term",
      entityId: row.id,
      action: "create",
      changes: diffRecords(null, termRecord(row)),
    });
  });
}

/** The app's actions pass `now`; the default keeps callers that do not yet pass it working. */
export async function removeRelevanceTerm(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  const actorUserId = editorId(caller);
  // An unknown id changes nothing, like a term already removed.
  if (!isUuid(id)) return;
  await db.$transaction(async (tx) => {
    const row = await tx.relevanceTerm.findUnique({ where: { id } });
    if (!row) return;
    const { count } = await tx.relevanceTerm.deleteMany({ where: { id } });
    if (count !== 1) return;
    await recordAuditEvent(tx, {
      at: now,
      actorUserId,
      entityType: "relevance_term",
      entityId: id,
      action: "delete",
      changes: diffRecords(termRecord(row), null),
    });
  });
}
