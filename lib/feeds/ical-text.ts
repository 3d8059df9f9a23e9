// The lowest layer of iCalendar (RFC 5545) text: value escaping and date formats (folding is
// done on the bytes, in calendar-writer.ts). Pure string work, shared by every feed.
import type { CalendarDate } from "../model/item";
import { isWebUrl } from "../model/web-url";

// Controls other than CR and LF have no place in a TEXT value (RFC 5545 3.3.11 TSAFE-CHAR
// excludes them); a tab becomes a space so it can never pass for a fold marker.
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// Most text needs none of the replacements below; one test is cheaper than five passes.
const NEEDS_CLEANING = /[\u0000-\u001f\u007f\ud800-\udfff]/;

// A lone UTF-16 surrogate cannot be written as UTF-8; it becomes U+FFFD as TextEncoder would.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as it will read in a client: line breaks as "\n", controls removed, valid Unicode. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(LONE_SURROGATE, "\ufffd").replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(STRAY_CONTROLS, "");
}

/** Text for a one-line field (SUMMARY, LOCATION): line breaks become single spaces. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/ *\n+ */g, " ")
    .trim();
}

const NEEDS_ESCAPING = /[\\;,\n]/;

/**
 * A TEXT value: backslash, semicolon, comma and line breaks escaped. A line break in what
 * an editor typed stays inside the value and can never start a property of its own.
 */
export function escapeText(text: string): string {
  const clean = cleanText(text);
  return NEEDS_ESCAPING.test(clean) ? clean.replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`)) : clean;
}

/** A URI value, or null for anything but an absolute http(s) URL (which has no CR, LF or space). */
export function uriOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  return isWebUrl(trimmed) ? new URL(trimmed).href : null;
}

/** DATE value "20250117" for a calendar date. */
export function formatDateValue(date: CalendarDate): string {
  return date.replace(/-/g, "");
}

/** DATE-TIME in UTC, "20250117T080000Z": never floating, whatever the server's zone. */
export function formatUtcDateTime(instant: Date): string {
  const iso = instant.toISOString(); // 2025-01-17T08:00:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
