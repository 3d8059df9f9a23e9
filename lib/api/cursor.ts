// Page cursors: opaque to clients (base64url of a small JSON), carrying the sort key and id
// of the last item on the page, so the next page starts after it even when items are added
// meanwhile. Pure.
import { isUuid } from "../model/uuid";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_CURSOR_LENGTH = 300;

/** "due": by due date then id; "updated": by updatedAt then id (with updatedSince). */
export type CursorOrder = "due" | "updated";

export interface Cursor {
  order: CursorOrder;
  /** The last item's due date (YYYY-MM-DD) or updatedAt (ISO instant). */
  value: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.order, v: cursor.value, i: cursor.id })).toString("base64url");
}

/** The cursor a string stands for, or null for anything this API did not make. */
export function decodeCursor(text: string): Cursor | null {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const { o, v, i } = raw as Record<string, unknown>;
  if ((o !== "due" && o !== "updated") || typeof v !== "string" || typeof i !== "string" || !isUuid(i)) return null;
  if (o === "due" ? !DATE.test(v) || Number.isNaN(Date.parse(v)) : Number.isNaN(Date.parse(v)) || new Date(v).toISOString() !== v)
    return null;
  return { order: o, value: v, id: i };
}
