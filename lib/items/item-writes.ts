import "server-only";
import type { Actor, Prisma, Topic } from "../db/generated/client";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { fieldError } from "../errors";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { slugify } from "../model/slug";
import { actorRecord, topicRecord } from "./records";
import type { ItemData } from "./schemas";

// The writes item and actor mutations share, always inside the caller's transaction, each
// with its audit row.

type Tx = Prisma.TransactionClient;
const v = EDITOR_PROBLEM;
const invalid = fieldError;

function slugFor(name: string, field = "name"): string {
  const slug = slugify(name, 60);
  if (!slug) throw invalid(field, v.nameNeedsLetters);
  return slug;
}

export async function insertActor(tx: Tx, editorId: string, input: { name: string; shortName: string | null }, now: Date): Promise<Actor> {
  const row = await tx.actor.create({
    data: { slug: slugFor(input.name), name: input.name, shortName: input.shortName ?? input.name, createdAt: now, updatedAt: now },
  });
  await recordAuditEvent(tx, {
    at: now,
    actorUserId: editorId,
    entityType: "actor",
    entityId: row.id,
    action: "create",
    changes: diffRecords(null, actorRecord(row)),
  });
  return row;
}

export async function insertTopic(tx: Tx, editorId: string, input: { name: string; nameEn: string | null }, now: Date): Promise<Topic> {
  const row = await tx.topic.create({
    data: { slug: slugFor(input.name), name: input.name, nameEn: input.nameEn ?? input.name, createdAt: now },
  });
  await recordAuditEvent(tx, {
    at: now,
    actorUserId: editorId,
    entityType: "topic",
    entityId: row.id,
    action: "create",
    changes: diffRecords(null, topicRecord(row)),
  });
  return row;
}

/** The chosen actor, or the one the form named: reused when its slug exists, created otherwise. */
export async function resolveActorId(tx: Tx, editorId: string, data: ItemData, now: Date): Promise<string> {
  if (data.actorId) {
    const actor = await tx.actor.findUnique({ where: { id: data.actorId }, select: { id: true } });
    if (!actor) throw invalid("actorId", v.actorUnknown);
    return actor.id;
  }
  const name = data.newActorName ?? "";
  const existing = await tx.actor.findUnique({ where: { slug: slugFor(name, "newActorName") }, select: { id: true } });
  return existing?.id ?? (await insertActor(tx, editorId, { name, shortName: null }, now)).id;
}

/** The chosen topics, plus the one the form named (reused or created). */
export async function resolveTopicIds(tx: Tx, editorId: string, data: ItemData, now: Date): Promise<string[]> {
  const ids = [...new Set(data.topicIds)];
  if ((await tx.topic.count({ where: { id: { in: ids } } })) !== ids.length) throw invalid("topicIds", v.topicUnknown);
  if (data.newTopicName) {
    const existing = await tx.topic.findUnique({ where: { slug: slugFor(data.newTopicName, "newTopicName") }, select: { id: true } });
    const id = existing?.id ?? (await insertTopic(tx, editorId, { name: data.newTopicName, nameEn: null }, now)).id;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
