// The fields a source controls on an item, as plain values, and the rule that keeps an
// editor's hand edits: the item remembers the values the source last wrote (`polledValues`);
// a field whose current value differs from them was changed by hand and stays as it is. Pure.
import { isCalendarDate, toCalendarDateOrNull } from "../model/calendar-date";
import { checkItemFields, ITEM_FIELD_MAX, itemColumnsAt } from "../items/fields";
import { formatDateTime } from "../i18n/format";
import type { ItemKind } from "../model/item";
import type { SourceEntry } from "./entry";

export interface SourceValues {
  kind: ItemKind;
  title: string;
  reference: string | null;
  summary: string | null;
  url: string | null;
  actor: string;
  sentOn: string | null;
  deadline: string | null;
  startOn: string | null;
  endOn: string | null;
  /** ISO 8601 instants in UTC. */
  startAt: string | null;
  endAt: string | null;
  location: string | null;
  isOnline: boolean;
  /** The cancellation reason ("Avlyst"), or null while the thing goes ahead. */
  cancelled: string | null;
}

export const SOURCE_FIELDS = [
  "kind",
  "title",
  "reference",
  "summary",
  "url",
  "actor",
  "sentOn",
  "deadline",
  "startOn",
  "endOn",
  "startAt",
  "endAt",
  "location",
  "isOnline",
  "cancelled",
] as const satisfies readonly (keyof SourceValues)[];

/** The source's own word when it says cancelled ("Avlyst"); "Avlyst" when only a notice said so. */
function cancelReason(statusText: string | null): string {
  const text = statusText?.trim() ?? "";
  return /avlyst|trukket|cancel/i.test(text) ? text : "Avlyst";
}

const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);

const DATE_FIELDS = ["sentOn", "deadline", "startOn", "endOn"] as const;

/**
 * The entry with every date a real day: JavaScript would move "2027-02-30" to 2 March, so a
 * day that does not exist is dropped and the entry waits for an editor with the reason.
 */
export function withRealDates(entry: SourceEntry): SourceEntry {
  const bad = DATE_FIELDS.filter((field) => entry[field] !== null && !isCalendarDate(entry[field]!));
  const badInstants = (["startAt", "endAt"] as const).filter((field) => entry[field] !== null && Number.isNaN(Date.parse(entry[field]!)));
  if (bad.length + badInstants.length === 0) return entry;
  const cleaned: SourceEntry = { ...entry };
  for (const field of bad) cleaned[field] = null;
  for (const field of badInstants) cleaned[field] = null;
  const reason = `A date could not be read: ${[...bad, ...badInstants].map((field) => entry[field]).join(", ")}.`;
  return { ...cleaned, reviewReason: [entry.reviewReason, reason].filter(Boolean).join(" ") };
}

/** What the entry says, with its issuer already resolved to an actor slug. */
/**
 * The summary, with the time and place of a committee's oral hearing added: pages show time
 * and place for seminars only, and people need to know when to turn up.
 */
function summaryOf(entry: SourceEntry): string | null {
  const when = entry.kind !== "SEMINAR" && entry.startAt ? formatDateTime(new Date(entry.startAt), "nb") : null;
  const where = entry.kind !== "SEMINAR" ? entry.location : null;
  const meeting = when || where ? `Høringsmøte: ${[when, where].filter(Boolean).join(", ")}.` : null;
  const text = [entry.summary, meeting].filter(Boolean).join("\n\n");
  return text ? text.slice(0, ITEM_FIELD_MAX.summary) : null;
}

export function valuesFromEntry(entry: SourceEntry, actorSlug: string): SourceValues {
  const isSeminar = entry.kind === "SEMINAR";
  return {
    kind: entry.kind,
    title: entry.title.slice(0, ITEM_FIELD_MAX.title),
    reference: entry.reference,
    summary: summaryOf(entry),
    url: entry.url,
    actor: actorSlug,
    sentOn: isSeminar ? null : entry.sentOn,
    deadline: isSeminar ? null : entry.deadline,
    startOn: entry.startOn,
    endOn: isSeminar ? (entry.endOn ?? entry.startOn) : entry.endOn,
    startAt: iso(entry.startAt),
    endAt: iso(entry.endAt),
    location: entry.location,
    isOnline: entry.isOnline,
    cancelled: entry.cancelled ? cancelReason(entry.statusText) : null,
  };
}

interface ItemLike {
  kind: ItemKind;
  title: string;
  reference: string | null;
  summary: string | null;
  url: string | null;
  actor: { slug: string };
  sentOn: Date | null;
  deadline: Date | null;
  startOn: Date | null;
  endOn: Date | null;
  startAt: Date | null;
  endAt: Date | null;
  location: string | null;
  isOnline: boolean;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

export function valuesOfItem(item: ItemLike): SourceValues {
  return {
    kind: item.kind,
    title: item.title,
    reference: item.reference,
    summary: item.summary,
    url: item.url,
    actor: item.actor.slug,
    sentOn: toCalendarDateOrNull(item.sentOn),
    deadline: toCalendarDateOrNull(item.deadline),
    startOn: toCalendarDateOrNull(item.startOn),
    endOn: toCalendarDateOrNull(item.endOn),
    startAt: item.startAt?.toISOString() ?? null,
    endAt: item.endAt?.toISOString() ?? null,
    location: item.location,
    isOnline: item.isOnline,
    cancelled: item.cancelledAt ? (item.cancelReason ?? "Avlyst") : null,
  };
}

export function parseStoredValues(json: unknown): SourceValues | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  return json as SourceValues;
}

export interface Merge {
  values: SourceValues;
  /** Fields the source changed on the item. */
  changed: (keyof SourceValues)[];
  /** Fields the source changed but an editor had changed by hand, so they were left alone. */
  keptByEditor: (keyof SourceValues)[];
}

/**
 * The item's next values: the source's new value for every field the editor has not changed
 * by hand since the source last wrote it. Without `lastWritten` every field is the source's.
 */
export function mergeSourceValues(current: SourceValues, lastWritten: SourceValues | null, incoming: SourceValues): Merge {
  const values = { ...current } as Record<keyof SourceValues, unknown>;
  const changed: (keyof SourceValues)[] = [];
  const keptByEditor: (keyof SourceValues)[] = [];
  for (const field of SOURCE_FIELDS) {
    if (current[field] === incoming[field]) continue;
    const isHandEdited = lastWritten !== null && current[field] !== lastWritten[field];
    if (isHandEdited) {
      keptByEditor.push(field);
      continue;
    }
    values[field] = incoming[field];
    changed.push(field);
  }
  return { values: values as unknown as SourceValues, changed, keptByEditor };
}

/**
 * The reasons (EDITOR_PROBLEM codes) the values make no item by the rule the editor's form
 * applies (lib/items/fields.ts); none for values a poll may publish on its own.
 */
export function itemProblems(values: Pick<SourceValues, "kind" | "sentOn" | "deadline" | "startOn" | "endOn">): string[] {
  const problems: string[] = [];
  checkItemFields({ ...values, startTime: null, endTime: null }, (_field, reason) => problems.push(reason));
  return problems;
}

/** Whether the values make an item: a deadline for deadline kinds, a first day for a seminar. */
export function isDated(values: Pick<SourceValues, "kind" | "deadline" | "startOn">): boolean {
  return values.kind === "SEMINAR" ? values.startOn !== null : values.deadline !== null;
}

/** The item columns the values give, sort dates derived again. */
export function itemColumnsFromValues(values: SourceValues, cancelledAt: Date | null) {
  const instant = (value: string | null) => (value ? new Date(value) : null);
  return {
    ...itemColumnsAt({ ...values, startAt: instant(values.startAt), endAt: instant(values.endAt) }),
    cancelledAt: values.cancelled ? cancelledAt : null,
    cancelReason: values.cancelled,
  };
}

/** Field by field, since PostgreSQL's jsonb does not keep the order of keys. */
export function isSameValues(a: SourceValues | null, b: SourceValues | null): boolean {
  if (!a || !b) return a === b;
  return SOURCE_FIELDS.every((field) => (a[field] ?? null) === (b[field] ?? null));
}
