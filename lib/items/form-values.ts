// An item as the editor's form shows it: every field as the text an input holds. Pure, so
// the form (a client component) and the pages share the shape.
import { toCalendarDateOrNull } from "../model/calendar-date";
import { osloClock } from "../model/oslo-clock";
import type { ItemKind } from "../model/item";
import type { ItemFields, ItemFieldsAt } from "./fields";

/** Every field of the item (fields.ts) as an input holds it, and the form's choices of actor and topics. */
export type ItemFormValues = Record<Exclude<keyof ItemFields, "kind" | "isOnline">, string> & {
  kind: ItemKind | "";
  isOnline: boolean;
  actorId: string;
  newActorName: string;
  topicIds: string[];
  newTopicName: string;
};

export const EMPTY_ITEM_FORM: ItemFormValues = {
  kind: "",
  title: "",
  reference: "",
  summary: "",
  url: "",
  actorId: "",
  newActorName: "",
  topicIds: [],
  newTopicName: "",
  sentOn: "",
  deadline: "",
  startOn: "",
  endOn: "",
  startTime: "",
  endTime: "",
  location: "",
  isOnline: false,
};

/** "09:30": the wall-clock time of an instant in Oslo, as a time input wants it. */
export function osloWallClock(instant: Date | null): string {
  if (!instant) return "";
  const oslo = osloClock(instant);
  return `${String(oslo.getHours()).padStart(2, "0")}:${String(oslo.getMinutes()).padStart(2, "0")}`;
}

/** An item's columns as the database holds them, with its actor and topics. */
export type ItemFormSource = Omit<ItemFieldsAt, "sentOn" | "deadline" | "startOn" | "endOn"> &
  Record<"sentOn" | "deadline" | "startOn" | "endOn", Date | null> & { actorId: string; topicIds: string[] };

export function toItemFormValues(row: ItemFormSource): ItemFormValues {
  const day = (value: Date | null) => toCalendarDateOrNull(value) ?? "";
  return {
    ...EMPTY_ITEM_FORM,
    kind: row.kind,
    title: row.title,
    reference: row.reference ?? "",
    summary: row.summary ?? "",
    url: row.url ?? "",
    actorId: row.actorId,
    topicIds: row.topicIds,
    sentOn: day(row.sentOn),
    deadline: day(row.deadline),
    startOn: day(row.startOn),
    endOn: day(row.endOn),
    startTime: osloWallClock(row.startAt),
    endTime: osloWallClock(row.endAt),
    location: row.location ?? "",
    isOnline: row.isOnline,
  };
}
