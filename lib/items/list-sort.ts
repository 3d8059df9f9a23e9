// The orders the item lists offer, as they appear in the URL (?sort=title). Pure.

export const LIST_SORTS = ["deadline", "newest", "title"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/**
 * "deadline" (the default) is what needs attention first: open deadlines, nearest first; then
 * seminars still to come, soonest first; then everything closed, past or cancelled, newest
 * first. "newest": most recently sent out (then added) first. "title": alphabetical.
 */
export const DEFAULT_LIST_SORT: ListSort = "deadline";

/** The sort a URL asks for; anything else (or nothing) is the default. */
export function parseListSort(value: string | string[] | undefined): ListSort {
  const text = (Array.isArray(value) ? value[0] : value)?.trim().toLowerCase();
  return LIST_SORTS.find((sort) => sort === text) ?? DEFAULT_LIST_SORT;
}
