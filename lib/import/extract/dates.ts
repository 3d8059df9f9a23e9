// Finds the calendar dates in a sentence, in the forms Norwegian newsletters use:
// "17. januar", "17. jan.", "17. januar 2025", "1.november 2024", "19 August 2021",
// "17.01.2025", "13.10.23", "1.5.2020", "27.9.", ranges "15.–16. januar", "29 -30. mars",
// "21.-22 oktober", "8-9.april 2024", "11. og 12. oktober", "i perioden 18. mars til 18. juni",
// weekdays "onsdag 1. oktober", and "innen utgangen av januar 2024". Years are left null
// when the text leaves them out; year.ts fills them in.
import { joinCrossMonthRanges } from "./date-ranges";
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, weekdayNumber } from "./months";
import { maskTimes } from "./times";

export interface PartialDate {
  day: number;
  month: number;
  year: number | null;
}

export interface DateMention {
  index: number;
  endIndex: number;
  text: string;
  from: PartialDate;
  to: PartialDate | null;
  weekday: number | null;
  /** "innen utgangen av januar": the month's last day, whatever the year turns out to be. */
  isEndOfMonth: boolean;
  /** The old date of a change: "utsatt fra 3. mai til 10. mai". */
  isSuperseded?: boolean;
}

const NOT_AFTER = String.raw`(?<![\p{L}\d.,:/-])`;
const SEPARATOR = String.raw`\s*(?:[-–—]|\bog\b|\btil\b|\band\b)\s*`;
const TEXTUAL = new RegExp(
  NOT_AFTER + String.raw`(\d{1,2})\.?(?:${SEPARATOR}(\d{1,2})\.?)?\s*(${MONTH_PATTERN})(\.?)(?!\p{L})(?:,?\s+(\d{4})(?!\d))?`,
  "giu",
);
// A numeric date without a year needs its closing dot ("27.9."), or "10.4" in "punkt 10.4"
// would be a date.
const NUMERIC = new RegExp(NOT_AFTER + String.raw`(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})(?![\d.]\d)|(?!\d))`, "gu");
const END_OF_MONTH = new RegExp(String.raw`\butgangen\s+av\s+(?:(${MONTH_PATTERN})(?!\p{L})(?:\s+(\d{4}))?|(\d{4}))`, "giu");
const WEEKDAY_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${WEEKDAY_PATTERN})\s*,?\s*(?:den\s+)?$`, "iu");

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValid(date: PartialDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return date.day <= daysInMonth(date.year ?? 2024, date.month);
}

function fullYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  if (text.length === 2) return year < 70 ? 2000 + year : 1900 + year;
  return year >= 1900 && year <= 2100 ? year : null;
}

function mention(index: number, text: string, from: PartialDate, to: PartialDate | null, isEndOfMonth = false): DateMention {
  return { index, endIndex: index + text.length, text, from, to, weekday: null, isEndOfMonth };
}

function textualMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(TEXTUAL)) {
    const month = monthNumber(m[3])!;
    const year = fullYear(m[5]);
    const first = Number(m[1]);
    const from = { day: first, month, year };
    const to = m[2] === undefined ? null : { day: Number(m[2]), month, year };
    if (!isValid(from) || (to && (!isValid(to) || to.day <= from.day))) continue;
    // "17. januar." keeps its full stop out of the date; "17. jan." keeps its abbreviation dot.
    let raw = m[0];
    if (m[4] === "." && m[5] === undefined && m[3].length > 4) raw = raw.slice(0, -1);
    found.push(mention(m.index, raw, from, to));
  }
  return found;
}

function numericMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const from = { day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]) };
    if (isValid(from)) found.push(mention(m.index, m[0], from, null));
  }
  return found;
}

function endOfMonthMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(END_OF_MONTH)) {
    const month = m[1] ? monthNumber(m[1])! : 12;
    const year = fullYear(m[2] ?? m[3]);
    const day = daysInMonth(year ?? 2001, month);
    found.push(mention(m.index, m[0], { day, month, year }, null, true));
  }
  return found;
}

function withoutOverlaps(mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.index - b.index || b.endIndex - a.endIndex);
  const kept: DateMention[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && m.index < last.endIndex) continue;
    kept.push(m);
  }
  return kept;
}

function withWeekday(text: string, m: DateMention): DateMention {
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
  if (!before) return m;
  const start = m.index - (before[0].length - before[0].indexOf(before[1]));
  return { ...m, index: start, text: text.slice(start, m.endIndex), weekday: weekdayNumber(before[1]) };
}

/** Every date in `text`, in order. Clock times are masked first so "kl. 10.11." is no date. */
export function findDateMentions(text: string): DateMention[] {
  const masked = maskTimes(text);
  const all = withoutOverlaps([...textualMentions(masked), ...numericMentions(masked), ...endOfMonthMentions(masked)]);
  const named = all.map((m) => withWeekday(text, { ...m, text: text.slice(m.index, m.endIndex) }));
  return joinCrossMonthRanges(text, named);
}

/** "Dagen før" / "dagen etter": a day relative to the date just mentioned. */
export function findRelativeDay(text: string): { index: number; offset: number } | null {
  const m = /\bdagen\s+(før|etter|i forvegen|before|after)\b/iu.exec(text);
  if (!m) return null;
  return { index: m.index, offset: /etter|after/i.test(m[1]) ? 1 : -1 };
}
