// Responses as pages, feeds and the export see them. Pure.
import type { CalendarDate, ItemView } from "../items/types";

export const RESPONSE_STATUSES = ["PLANNED", "IN_PROGRESS", "ANSWERED", "DECLINED"] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

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
}

export interface ItemWithResponse {
  item: ItemView;
  /** The viewer's organisation's response, or null when it has none. */
  response: ResponseView | null;
}

/** The "Mine frister" view: each item appears in at most one section. */
export interface MyDeadlines {
  /** Closed in the last `overdueDays` and neither answered nor declined; most recently closed first. */
  overdue: ItemWithResponse[];
  /** Open, closing within the closing-soon window, neither answered nor declined; soonest first. */
  closingSoon: ItemWithResponse[];
  /** Planned or in progress and not yet closed, outside the sections above; soonest first. */
  inProgress: ItemWithResponse[];
  /** Answered, most recent answer first. */
  answered: ItemWithResponse[];
}

/** Another organisation's response, shown on item pages when that organisation shares. */
export interface SharedResponse {
  organisationName: string;
  organisationSlug: string;
  isMine: boolean;
  status: ResponseStatus;
  answeredOn: CalendarDate | null;
  answerUrl: string | null;
}
