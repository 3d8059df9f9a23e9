// The facts a feed's cache validators are made of: for a filter feed, an aggregate of the
// matching rows; for one item, the item. Pure: the queries live in feed-queries.ts.
import { osloInstant } from "../model/calendar-date";
import type { ItemView } from "../model/item";
import { feedKey, type FeedFilter, type FeedNames } from "./feed-scope";
import type { FeedWindow } from "./feed-window";
import { computeValidators, type FeedValidators } from "./http-cache";

export interface FeedStamp {
  count: number;
  lastUpdatedAt: Date | null;
  lastCancelledAt: Date | null;
  /** The sum of the items' versions: it rises with every edit, whatever the clock says. */
  versionSum: number;
  /** The actors and topics the filter names, as stored (their names are part of the text). */
  names: FeedNames & { actorsUpdatedAt: Date[] };
}

export interface FeedSettings {
  baseUrl: string;
  historyMonths: number;
}

/**
 * Validators of a filter feed. Membership changes with the day in Oslo (the history and
 * cancellation windows), so the day is part of the ETag and its first instant a lower bound
 * of Last-Modified; edits, cancellations, additions and removals change the aggregate.
 */
export function filterFeedValidators(filter: FeedFilter, stamp: FeedStamp, window: FeedWindow, settings: FeedSettings): FeedValidators {
  return computeValidators({
    identity: [feedKey(filter), settings.baseUrl, settings.historyMonths],
    facts: [window.today, stamp.count, stamp.lastUpdatedAt, stamp.lastCancelledAt, stamp.versionSum, stamp.names],
    changedAt: [stamp.lastUpdatedAt, stamp.lastCancelledAt, osloInstant(window.today, "00:00"), ...stamp.names.actorsUpdatedAt],
  });
}

/** Validators of one item's calendar: it changes when the item, its actor or its topics do. */
export function itemCalendarValidators(item: ItemView, baseUrl: string): FeedValidators {
  return computeValidators({
    identity: ["item", item.id, baseUrl],
    facts: [item.version, item.updatedAt, item.cancelledAt, item.actor, item.topics],
    changedAt: [item.updatedAt, item.cancelledAt],
  });
}
