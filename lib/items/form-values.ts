// An item as the editor's form shows it: every field as the text an input holds. Pure, so
// the form (a client component) and the pages share the shape.
import { TZDate } from "@date-fns/tz";
import { OSLO, toCalendarDateOrNull } from "../model/calendar-date";
import type { ItemKind } from "../model/item";

export interface ItemFormValues {
  kind: ItemKind | "";
  title: string;
  reference: string;
  summary: string;
  url: string;
  actorId: string;
  newActorName: string;
  topicIds: string[];
  newTopicName: string;
  sentOn: string;
  deadline: string;
  startOn: string;
  endOn: string;
  startTime: string;
  endTime: string;
  location: string;
  isOnline: boolean;
}

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
  const oslo = new TZDate(instant.getTime(), OSLO);
  return `${String(oslo.getHours()).padStart(2, "0")}:${String(oslo.getMinutes()).padStart(2, "0")}`;
}

export interface ItemFormSource {
  kind: ItemKind;
  title: string;
  reference: string | null;
  summary: string | null;
  url: string | null;
  actorId: string;
  topicIds: string[];
  sentOn: Date | null;
  deadline: Date | null;
  startOn: Date | null;
  endOn: Date | null;
  startAt: Date | null;
  endAt: Date | null;
  location: string | null;
  isOnline: boolean;
}

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
