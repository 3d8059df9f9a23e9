// Ranges that span two months are written as two full dates: "30. januar–2. februar",
// "i perioden 18. mars til 18. juni". "til" alone is no range: "forlenget fra 17. januar til
// 31. januar" is a changed deadline, not a period.
import type { DateMention } from "./dates";

// "11. februar kl. 09.00 – 12. februar kl. 15.00": the first day's clock time may stand before the dash.
const DASH_BETWEEN = /^\s*(?:,?\s*(?:kl\.?|klokka|klokken)\s*\d{1,2}(?:[.:]\d{2})?\s*)?[-–—]\s*$/i;
const TIL_BETWEEN = /^\s*(?:til|to|og)\s*$/i;
const PERIOD_BEFORE = /(?:i perioden|perioden|i tidsrommet|mellom|from|between)\s*$/i;
const CHANGE_NEARBY = /forlenge|utsatt|utset|endret|endra|flyttet|flytta|fremskyndet|framskunda/i;

function isRange(text: string, a: DateMention, b: DateMention): boolean {
  if (a.to || b.to) return false;
  const between = text.slice(a.endIndex, b.index);
  if (DASH_BETWEEN.test(between)) return true;
  if (!TIL_BETWEEN.test(between)) return false;
  const before = text.slice(Math.max(0, a.index - 40), a.index);
  if (CHANGE_NEARBY.test(text.slice(Math.max(0, a.index - 80), b.endIndex))) return false;
  return PERIOD_BEFORE.test(before) || (/fra\s*$/i.test(before) && /^\s*til\s*$/i.test(between));
}

/** "forlenget fra 17. januar til 31. januar": the first date is the one that no longer holds. */
function isChange(text: string, a: DateMention, b: DateMention): boolean {
  const before = text.slice(Math.max(0, a.index - 80), a.index);
  const between = text.slice(a.endIndex, b.index);
  if (/fra\s*$/i.test(before) && /^\s*til\s*$/i.test(between) && CHANGE_NEARBY.test(before)) return true;
  // "… skulle holdes 29. april, er flyttet til tirsdag 20. mai": the new day comes after the change.
  return between.length <= 60 && new RegExp(`(?:${CHANGE_NEARBY.source})\\w*\\s+til\\s*$`, "i").test(between);
}

export function joinCrossMonthRanges(text: string, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!b || !isRange(text, a, b)) {
      joined.push(b && isChange(text, a, b) ? { ...a, isSuperseded: true } : a);
      continue;
    }
    // "30. desember–2. januar 2025": the first day is in the year before the second.
    const year = a.from.year ?? (b.from.year === null ? null : a.from.month <= b.from.month ? b.from.year : b.from.year - 1);
    joined.push({
      ...a,
      endIndex: b.endIndex,
      text: text.slice(a.index, b.endIndex),
      from: { ...a.from, year },
      to: b.from,
    });
    i += 1;
  }
  return joined;
}
