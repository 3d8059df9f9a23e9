// The period a newsletter covers, as it states it: "januar–mars 2023", or a heading
// "KOMs hovedaktiviteter i oktober–desember" whose year is given elsewhere.
import type { CalendarDate } from "../../model/item";
import { findDateMentions } from "./dates";
import { NORWEGIAN_MONTHS, monthNumber } from "./months";
import type { NewsletterPeriod } from "./types";

const MONTH = NORWEGIAN_MONTHS.join("|");
const RANGE = new RegExp(String.raw`(?<!\p{L})(${MONTH})\s*[-–—]\s*(${MONTH})(?!\p{L})(?:\s+(\d{4}))?`, "giu");
// "Forrige nyhetsbrev … var for perioden juli–september 2024" names another issue's period.
const OTHER_ISSUE = /\b(forrige|neste|førre|previous|next|sist)\b/i;

interface RangeMatch {
  from: number;
  to: number;
  year: number | null;
  isOtherIssue: boolean;
  isPrevious: boolean;
}

function sentenceBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 120), index);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n\n"));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function ranges(text: string): RangeMatch[] {
  return [...text.matchAll(RANGE)].map((m) => {
    const context = sentenceBefore(text, m.index);
    return {
      from: monthNumber(m[1])!,
      to: monthNumber(m[2])!,
      year: m[3] ? Number(m[3]) : null,
      isOtherIssue: OTHER_ISSUE.test(context),
      isPrevious: /\b(forrige|førre|previous)\b/i.test(context),
    };
  });
}

function mostFrequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)!) best = year;
  return best;
}

/** The newsletter's own period, or null when the text states none. */
export function findNewsletterPeriod(text: string): NewsletterPeriod | null {
  const all = ranges(text);
  const own = all.find((r) => !r.isOtherIssue && r.year !== null) ?? all.find((r) => !r.isOtherIssue);
  if (!own) return null;
  let year = own.year;
  if (year === null) {
    // The previous issue's period dates this one: after "juli–september 2024" comes October 2024.
    const previous = all.find((r) => r.isPrevious && r.year !== null);
    year = previous ? (own.from > previous.to ? previous.year! : previous.year! + 1) : mostFrequentYear(text);
  }
  if (year === null) return null;
  const label = `${NORWEGIAN_MONTHS[own.from - 1]}–${NORWEGIAN_MONTHS[own.to - 1]} ${year}`;
  return { fromMonth: own.from, toMonth: own.to, year, label };
}

/** A publication date stated near the top ("Publisert 15. januar 2025", "Dato: 15.01.2025"). */
export function findPublicationDate(text: string): CalendarDate | null {
  const line = /\b(?:publisert|dato|utgitt|date|published)\s*:?\s*([^\n]{6,40})/i.exec(text.slice(0, 3000));
  const date = line ? findDateMentions(line[1])[0] : undefined;
  if (!date || date.from.year === null || date.index > 12) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.from.year}-${pad(date.from.month)}-${pad(date.from.day)}`;
}
