import "server-only";
import type { Db } from "../db/prisma";
import { requireItemEditor } from "../auth/access";
import type { Viewer } from "../auth/viewer-types";
import { auditInstant, diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { fieldError, parseInput, withDatabaseErrors } from "../errors";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { actorInputSchema, actorMergeInputSchema, type ActorInput, type ActorMergeInput } from "./schemas";
import { carryOverMergedSlug } from "./former-slugs";
import { insertActor } from "../items/item-writes";
import { actorRecord } from "../items/records";

const v = EDITOR_PROBLEM;

export interface SavedActor {
  id: string;
  slug: string;
}

/** Editors and admins. The slug comes from the name; a name whose slug exists is a CONFLICT. */
export async function createActor(db: Db, viewer: Viewer, input: ActorInput, now: Date): Promise<SavedActor> {
  const editor = requireItemEditor(viewer);
  const data = parseInput(actorInputSchema, input);
  return withDatabaseErrors(
    () => db.$transaction(async (tx) => insertActor(tx, editor.userId, data, now)).then(({ id, slug }) => ({ id, slug })),
    "ACTOR_NAME_TAKEN",
  );
}

/**
 * Two actors that are the same body become one: the duplicate's items move to the one kept,
 * each with its version raised (their calendar events changed organiser), and the duplicate
 * is deleted. Its slug keeps leading to the actor kept (its feed and page redirect there) and
 * members' reminder filters name the actor kept instead. One audit row on the removed actor
 * keeps every field it had, where it went, how many items and reminder filters moved.
 */
export async function mergeActors(db: Db, viewer: Viewer, input: ActorMergeInput, now: Date): Promise<SavedActor> {
  const editor = requireItemEditor(viewer);
  const { keepId, removeId } = parseInput(actorMergeInputSchema, input);
  return withDatabaseErrors(() =>
    db.$transaction(async (tx) => {
      const keep = await tx.actor.findUnique({ where: { id: keepId } });
      const remove = await tx.actor.findUnique({ where: { id: removeId } });
      if (!keep) throw fieldError("keepId", v.unknownActor);
      if (!remove) throw fieldError("removeId", v.unknownActor);
      const { count } = await tx.item.updateMany({
        where: { actorId: remove.id },
        data: { actorId: keep.id, version: { increment: 1 }, updatedAt: now },
      });
      const movedFilters = await carryOverMergedSlug(tx, remove, keep);
      await tx.actor.delete({ where: { id: remove.id } });
      await tx.actor.update({ where: { id: keep.id }, data: { updatedAt: now } });
      await recordAuditEvent(tx, {
        at: now,
        actorUserId: editor.userId,
        entityType: "actor",
        entityId: remove.id,
        action: "merge",
        changes: {
          ...diffRecords({ ...actorRecord(remove), createdAt: auditInstant(remove.createdAt) }, null),
          mergedInto: [null, keep.slug],
          movedItems: [null, count],
          movedReminderFilters: [null, movedFilters],
        },
      });
      return { id: keep.id, slug: keep.slug };
    }),
  );
}
