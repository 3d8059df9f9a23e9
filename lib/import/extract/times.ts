// Clock times as newsletters write them: "kl. 09.00–15.30", "kl.09.00-14.00",
// "fra kl. 09:30 til 15:30", "kl. 14-17", "klokka 19:00".

export interface TimeMention {
  index: number;
  endIndex: number;
  /** "HH:MM" */
  start: string;
  end: string | null;
}

const TIME = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
// "kl. 09.00 – 12. februar kl. 15.00": after the dash comes a day, not the hour it ends.
const NOT_A_DAY = String.raw`(?!\.\s*(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)|\.(?:\d{1,2}\.|\d{4}(?!\d)))`;
// A time needs its "kl."/"klokka" marker: a bare "14.30" could be anything.
const TIME_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:fr[aå]\s+)?(?:kl\.?|klokka|klokken|klokkja)\s*${TIME}` +
    String.raw`(?:\s*(?:[-–—]|\btil\b)\s*(?:kl\.?\s*)?${TIME}${NOT_A_DAY})?(?![\d])`,
  "giu",
);

function clock(hours: string, minutes: string | undefined): string | null {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

export function findTimeMentions(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  for (const match of text.matchAll(TIME_PATTERN)) {
    const start = clock(match[1], match[2]);
    if (!start) continue;
    const end = match[3] === undefined ? null : clock(match[3], match[4]);
    found.push({ index: match.index, endIndex: match.index + match[0].length, start, end });
  }
  return found;
}

/**
 * The clock times of an event on the days `days` names: the first time from there on, and for
 * "11. februar kl. 09.00 – 12. februar kl. 15.00" the time right after the last day as its end.
 */
export function eventTimes(text: string, days: { index: number; endIndex: number; to: unknown }): TimeMention | null {
  const times = findTimeMentions(text);
  const first = times.find((t) => t.index >= days.index) ?? times[0];
  if (!first || first.end || !days.to || first.index >= days.endIndex) return first ?? null;
  const last = times.find((t) => t.index >= days.endIndex && t.index - days.endIndex <= 2 && !t.end);
  return last ? { ...first, end: last.start } : first;
}

/** The text with every clock time blanked out (same length), so "kl. 10.11." is no date. */
export function maskTimes(text: string): string {
  let masked = text;
  for (const time of findTimeMentions(text)) {
    masked = masked.slice(0, time.index) + " ".repeat(time.endIndex - time.index) + masked.slice(time.endIndex);
  }
  return masked;
}
