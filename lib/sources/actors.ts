// The actor an entry's issuer names: an existing one by name, short name or slug
// ("Justis- og beredskapsdepartementet" is JD), else a new one. Runs inside the caller's
// transaction; a created actor gets its audit row with no user (made by a poll).
import type { Prisma } from "../db/generated/client";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { slugify } from "../model/slug";
import { actorRecord } from "../items/records";

type Tx = Prisma.TransactionClient;

function actorType(name: string) {
  if (/departementet$/i.test(name)) return "MINISTRY" as const;
  if (/direktoratet$/i.test(name)) return "DIRECTORATE" as const;
  return "OTHER" as const;
}

/** The slug of the actor named `name`, created when no actor has that name. */
export async function resolveActorSlug(tx: Tx, name: string, now: Date): Promise<string> {
  const clean = name.replace(/\s+/g, " ").trim().slice(0, 120) || "Ukjent avsender";
  const found = await tx.actor.findFirst({
    where: {
      OR: [
        { name: { equals: clean, mode: "insensitive" } },
        { shortName: { equals: clean, mode: "insensitive" } },
        { slug: slugify(clean) },
      ],
    },
    select: { slug: true },
  });
  if (found) return found.slug;
  const slug = slugify(clean) || "ukjent-avsender";
  const row = await tx.actor.upsert({
    where: { slug },
    create: { slug, name: clean, shortName: clean, type: actorType(clean), createdAt: now, updatedAt: now },
    update: {},
  });
  if (row.createdAt.getTime() === now.getTime()) {
    await recordAuditEvent(tx, {
      at: now,
      actorUserId: null,
      entityType: "actor",
      entityId: row.id,
      action: "create",
      changes: diffRecords(null, actorRecord(row)),
    });
  }
  return row.slug;
}
