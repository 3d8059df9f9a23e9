import "server-only";
import type { Db } from "../db/prisma";
import { isUuid } from "../model/uuid";
import { toItemFormValues, type ItemFormValues } from "./form-values";

export interface Choice {
  id: string;
  label: string;
}

/** Actors for the item form and the merge form: "JD – Justis- og beredskapsdepartementet". */
export async function listActorChoices(db: Db): Promise<Choice[]> {
  const rows = await db.actor.findMany({
    select: { id: true, shortName: true, name: true },
    orderBy: [{ shortName: "asc" }, { name: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, label: row.shortName === row.name ? row.name : `${row.shortName} – ${row.name}` }));
}

/** Topics for the item form, in the reader's language and that language's alphabetical order. */
export async function listTopicChoices(db: Db, locale: "nb" | "en"): Promise<Choice[]> {
  const rows = await db.topic.findMany({ select: { id: true, name: true, nameEn: true }, orderBy: { name: "asc" } });
  const collator = new Intl.Collator(locale);
  return rows
    .map((row) => ({ id: row.id, label: locale === "en" ? row.nameEn : row.name }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

export interface EditableItem {
  id: string;
  version: number;
  values: ItemFormValues;
}

/** An item as the edit form starts from, with the version the save will be based on. */
export async function getEditableItem(db: Db, id: string): Promise<EditableItem | null> {
  if (!isUuid(id)) return null;
  const row = await db.item.findUnique({ where: { id }, include: { topics: { select: { topicId: true } } } });
  if (!row) return null;
  return { id: row.id, version: row.version, values: toItemFormValues({ ...row, topicIds: row.topics.map((t) => t.topicId) }) };
}
