// Editors' changes to sources and relevance words. Each checks the caller first
// (the command line passes COMMAND_LINE: it runs with the database's own rights) and writes
// in one transaction. Runs under the command line as well as in the app, so no "server-only".
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import { isUuid } from "../auth/ids";
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

export async function addSource(db: Db, caller: Caller, input: SourceInput, now: Date): Promise<{ id: string; name: string }> {
  editorId(caller);
  const data = parseInput(sourceInputSchema, input);
  return withDatabaseErrors(async () => {
    const row = await db.polledSource.create({
      data: { ...data, name: data.name ?? defaultSourceName(data.type, data.url), nextPollAt: now, createdAt: now, updatedAt: now },
      select: { id: true, name: true },
    });
    return row;
  }, v.sourceExists);
}

export async function updateSource(db: Db, caller: Caller, input: SourceUpdateInput, now: Date): Promise<void> {
  editorId(caller);
  const { id, ...data } = parseInput(sourceUpdateInputSchema, input);
  await withDatabaseErrors(async () => {
    const { count } = await db.polledSource.updateMany({ where: { id }, data: { ...data, updatedAt: now } });
    if (count !== 1) throw new AppError("NOT_FOUND", v.unknownSource);
  });
}

export async function addRelevanceTerm(db: Db, caller: Caller, input: RelevanceTermInput, now: Date): Promise<void> {
  editorId(caller);
  const data = parseInput(relevanceTermInputSchema, input);
  await db.relevanceTerm.upsert({ where: { kind_term: data }, create: { ...data, createdAt: now }, update: {} });
}

export async function removeRelevanceTerm(db: Db, caller: Caller, id: string): Promise<void> {
  editorId(caller);
  // An unknown id changes nothing, like a term already removed.
  if (!isUuid(id)) return;
  await db.relevanceTerm.deleteMany({ where: { id } });
}

