// The same thing mentioned twice is one item: a conference told about under "KOMs
// aktiviteter" and again under the organiser's country, a meeting repeated under its
// organiser's heading. When the two mentions give different days for the same meeting, the
// one that falls on working days wins (meetings are seldom on a Saturday) and the item
// carries a warning, so an editor checks it.
import type { CalendarDate } from "../items/types";
import type { Draft } from "./draft";
import { NORWEGIAN_MONTHS } from "./months";
import { foldLetters } from "./slug";

const sameIssuer = (a: Draft, b: Draft) => a.issuer !== null && b.issuer !== null && a.issuer.slug === b.issuer.slug;
const place = (d: Draft) => (d.location ? foldLetters(d.location) : null);

function titleWords(title: string): Set<string> {
  return new Set(foldLetters(title).split(/[^a-z0-9]+/).filter((w) => w.length > 3));
}

function similarTitles(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared > 0 && shared >= 0.5 * Math.min(wa.size, wb.size);
}

function sameEvent(a: Draft, b: Draft): boolean {
  if (a.start === null || b.start === null || a.end === null || b.end === null) return false;
  if (place(a) && place(b) && place(a) !== place(b)) return false;
  if (a.quote && b.quote && foldLetters(a.quote) !== foldLetters(b.quote)) return false;
  const sameDays = a.start === b.start && a.end === b.end;
  if (sameDays) return sameIssuer(a, b) || (a.quote !== null && a.quote === b.quote) || similarTitles(a.title, b.title);
  const overlapping = a.start <= b.end && b.start <= a.end;
  return overlapping && place(a) !== null && place(a) === place(b) && sameIssuer(a, b);
}

function isSameItem(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "SEMINAR") return sameEvent(a, b);
  if (a.kind === "HEARING" && a.reference && a.reference === b.reference) return true;
  if (a.deadline !== b.deadline) return false;
  if (a.kind === "HEARING") return a.sentDate === b.sentDate && (sameIssuer(a, b) || similarTitles(a.title, b.title));
  return sameIssuer(a, b) || similarTitles(a.title, b.title);
}

const isWorkingDay = (date: CalendarDate) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

function spanText(start: CalendarDate, end: CalendarDate): string {
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  const month = (m: number) => NORWEGIAN_MONTHS[m - 1];
  if (start === end) return `${d1}. ${month(m1)} ${y1}`;
  if (m1 === m2 && y1 === y2) return `${d1}.–${d2}. ${month(m2)} ${y2}`;
  return `${d1}. ${month(m1)} ${y1}–${d2}. ${month(m2)} ${y2}`;
}

function merge(a: Draft, b: Draft): Draft {
  const merged: Draft = {
    ...a,
    reference: a.reference ?? b.reference,
    issuer: a.issuer ?? b.issuer,
    sentDate: a.sentDate ?? b.sentDate,
    startTime: a.startTime ?? b.startTime,
    endTime: a.endTime ?? b.endTime,
    location: a.location ?? b.location,
    quote: a.quote ?? b.quote,
    online: (a.location ?? b.location) ? a.online : a.online || b.online,
    sentences: [...a.sentences, ...b.sentences.filter((s) => !a.sentences.includes(s))],
    warnings: [...a.warnings, ...b.warnings],
  };
  if (a.kind === "SEMINAR" && (a.start !== b.start || a.end !== b.end)) {
    const days = (d: Draft) => [d.start!, d.end!];
    const useB = days(b).every(isWorkingDay) && !days(a).every(isWorkingDay);
    if (useB) Object.assign(merged, { start: b.start, end: b.end });
    merged.warnings.push(`Nevnt med ulike datoer: ${spanText(a.start!, a.end!)} og ${spanText(b.start!, b.end!)}.`);
  }
  return merged;
}

export function mergeDuplicates(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const draft of drafts) {
    const index = kept.findIndex((k) => isSameItem(k, draft));
    if (index === -1) kept.push(draft);
    else kept[index] = merge(kept[index], draft);
  }
  return kept;
}
