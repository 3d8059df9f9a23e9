// The item's own fields, the one rule that says which combinations make an item, and how they
// become database columns. The editor's form, the importer, the polled sources, the seed and
// the test factories all go through here, so an item means the same thing whichever way it
// arrived. Pure: no Prisma, no session, so client forms and tests use it.
import { z } from "zod";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { fromCalendarDate, fromCalendarDateOrNull, osloInstant } from "../model/calendar-date";
import { ITEM_KINDS, type CalendarDate, type ItemKind } from "../model/item";
import { deriveSortDates } from "./derived-dates";
import { checkbox, optionalDate, optionalText, optionalTime, optionalUrl, requiredTitle } from "./form-fields";

const v = EDITOR_PROBLEM;

/** The facts of an item an editor, the importer or a source sets; its actor and topics aside. */
export interface ItemFields {
  kind: ItemKind;
  title: string;
  reference: string | null;
  summary: string | null;
  url: string | null;
  sentOn: CalendarDate | null;
  deadline: CalendarDate | null;
  /** First and last day of a seminar. */
  startOn: CalendarDate | null;
  endOn: CalendarDate | null;
  /** Oslo wall-clock "HH:MM" on `startOn` / `endOn`; null for an all-day seminar. */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  isOnline: boolean;
}

/** The longest text each field holds; the proposals the import form carries are held to the same. */
export const ITEM_FIELD_MAX = { title: 300, reference: 120, summary: 4_000, url: 2_000, location: 200 } as const;

/** The fields as a form sends them: "" for a field left empty, "on" for a ticked box. */
export const itemFieldsShape = {
  kind: z.enum(ITEM_KINDS, v.kindRequired),
  title: requiredTitle,
  reference: optionalText(ITEM_FIELD_MAX.reference),
  summary: optionalText(ITEM_FIELD_MAX.summary),
  url: optionalUrl,
  sentOn: optionalDate,
  deadline: optionalDate,
  startOn: optionalDate,
  endOn: optionalDate,
  startTime: optionalTime,
  endTime: optionalTime,
  location: optionalText(ITEM_FIELD_MAX.location),
  isOnline: checkbox.default(false),
};

type DatedFields = Pick<ItemFields, "kind" | "sentOn" | "deadline" | "startOn" | "endOn" | "startTime" | "endTime">;

/**
 * Reports each reason the fields make no item, as a code of EDITOR_PROBLEM on the field it
 * belongs to: a seminar needs its first day and ends no earlier than it starts; every other
 * kind needs a deadline no earlier than the day it was sent.
 */
export function checkItemFields(item: DatedFields, problem: (field: keyof DatedFields, reason: string) => void): void {
  if (item.kind === "SEMINAR") {
    if (!item.startOn) problem("startOn", v.startRequired);
    if (item.startOn && item.endOn && item.endOn < item.startOn) problem("endOn", v.endBeforeStart);
    if (item.endTime && !item.startTime) problem("startTime", v.startTimeRequired);
    const isOneDay = !item.endOn || item.endOn === item.startOn;
    if (isOneDay && item.startTime && item.endTime && item.endTime <= item.startTime) problem("endTime", v.endTimeBeforeStart);
    return;
  }
  if (!item.deadline) problem("deadline", item.kind === "HEARING" ? v.hearingDeadlineRequired : v.deadlineRequired);
  if (item.sentOn && item.deadline && item.deadline < item.sentOn) problem("deadline", v.deadlineBeforeSent);
}

type KindFields = Omit<ItemFields, "title" | "reference" | "summary" | "url">;

/**
 * The fields that belong to the item's kind, the others cleared: a form shows all of them, so
 * a seminar keeps no deadline and a hearing no seminar days, times or place. A seminar without
 * a last day ends the day it starts.
 */
export function keepKindFields<T extends KindFields>(item: T): T {
  if (item.kind === "SEMINAR") return { ...item, sentOn: null, deadline: null, endOn: item.endOn ?? item.startOn };
  return { ...item, startOn: null, endOn: null, startTime: null, endTime: null, location: null, isOnline: false };
}

/** The fields with seminar times as instants, as a source reports them or the columns hold them. */
export type ItemFieldsAt = Omit<ItemFields, "startTime" | "endTime"> & { startAt: Date | null; endAt: Date | null };

/** The item's own columns, as they are: calendar dates as days, and the sort dates derived from them. */
export function itemColumnsAt(fields: ItemFieldsAt) {
  const { dueOn, lastOn } = deriveSortDates(fields);
  return {
    kind: fields.kind,
    title: fields.title,
    reference: fields.reference,
    summary: fields.summary,
    url: fields.url,
    sentOn: fromCalendarDateOrNull(fields.sentOn),
    deadline: fromCalendarDateOrNull(fields.deadline),
    startOn: fromCalendarDateOrNull(fields.startOn),
    endOn: fromCalendarDateOrNull(fields.endOn),
    startAt: fields.startAt,
    endAt: fields.endAt,
    location: fields.location,
    isOnline: fields.isOnline,
    dueOn: fromCalendarDate(dueOn),
    lastOn: fromCalendarDate(lastOn),
  };
}

/** The item's own columns; a seminar's times become instants in Oslo on its first and last day. */
export function itemColumns(fields: ItemFields) {
  const { startTime, endTime, ...rest } = fields;
  const at = (day: CalendarDate | null, time: string | null) => (day && time ? osloInstant(day, time) : null);
  return itemColumnsAt({ ...rest, startAt: at(fields.startOn, startTime), endAt: at(fields.endOn ?? fields.startOn, endTime) });
}
