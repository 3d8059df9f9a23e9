// Responses as pages, feeds and the export see them. Pure.
import type { CalendarDate, ItemView } from "../model/item";

export const RESPONSE_STATUSES = ["FOLLOWING", "PLANNED", "IN_PROGRESS", "ANSWERED", "DECLINED"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** Statuses that say the organisation works on an item (or means to): not answered yet. */
export const WORKING_STATUSES: readonly ResponseStatus[] = ["FOLLOWING", "PLANNED", "IN_PROGRESS"];

/** Statuses that close the matter for an organisation: such an item is never overdue. */
export const SETTLED_STATUSES: readonly ResponseStatus[] = ["ANSWERED", "DECLINED"];

export interface ResponseView {
  id: string;
  itemId: string;
  status: ResponseStatus;
  answeredOn: CalendarDate | null;
  answerUrl: string | null;
  note: string | null;
  /** The organisation's own deadline, always before the item's official one. */
  internalDeadline: CalendarDate | null;
  /** Send it back with the next save; a save based on an older version is a conflict. */
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
  /** The colleague named to answer (and to be reminded), a member of the same organisation. */
  responsibleUserId: string | null;
  responsibleName: string | null;
}

/** A member of the viewer's organisation who can be named responsible for an answer. */
export interface Colleague {
  id: string;
  name: string;
}

export interface ItemWithResponse {
  item: ItemView;
  /** The viewer's organisation's response, or null when it has none. */
  response: ResponseView | null;
}

export const MY_SECTIONS = ["overdue", "closingSoon", "inProgress", "answered"] as const;
export type MySectionKey = (typeof MY_SECTIONS)[number];

/** One section of "Mine frister": the entries asked for, and how many there are in all. */
export interface MySection {
  entries: ItemWithResponse[];
  total: number;
}

/**
 * The "Mine frister" view: each item in at most one section, by mySectionFor
 * (my-section-rule.ts): "answered" holds everything answered or declined (done), "inProgress"
 * what the organisation follows or works on while open, "closingSoon" open deadlines closing
 * soon without a status, "overdue" passed deadlines it worked on or left unattended lately.
 */
export type MyDeadlines = Record<MySectionKey, MySection>;

/** Another organisation's response, shown on item pages when that organisation shares. */
export interface SharedResponse {
  organisationName: string;
  organisationSlug: string;
  isMine: boolean;
  status: ResponseStatus;
  answeredOn: CalendarDate | null;
  answerUrl: string | null;
}
