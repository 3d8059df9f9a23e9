// The same thing mentioned twice is one item: a conference told about under "KOMs
// aktiviteter" and again under the organiser's country, a meeting repeated under its
// organiser's heading. When the two mentions give different days for the same meeting, the
// one that falls on working days wins (meetings are seldom on a Saturday) and the item
// carries a warning, so an editor checks it.
import { addDays } from "../../deadlines";
import type { CalendarDate } from "../../model/item";
import type { Draft } from "./draft";
import { NORWEGIAN_MONTHS } from "./months";
import { foldLetters } from "../../model/slug";

const sameIssuer = (a: Draft, b: Draft) => a.issuer !== null && b.issuer !== null && a.issuer.slug === b.issuer.slug;
const place = (d: Draft) => (d.location ? foldLetters(d.location) : null);

function titleWords(title: string): Set<string> {
  return new Set(
    foldLetters(title)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3),
  );
}

function similarTitles(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared > 0 && shared >= 0.5 * Math.min(wa.size, wb.size);
}

function sameEvent(a: Draft, b: Draft): boolean {
  if (a.startOn === null || b.startOn === null || a.endOn === null || b.endOn === null) return false;
  if (place(a) && place(b) && place(a) !== place(b)) return false;
  if (a.quote && b.quote && foldLetters(a.quote) !== foldLetters(b.quote)) return false;
  const sameDays = a.startOn === b.startOn && a.endOn === b.endOn;
  if (sameDays) return sameIssuer(a, b) || (a.quote !== null && a.quote === b.quote) || similarTitles(a.title, b.title);
  const overlapping = a.startOn <= b.endOn && b.startOn <= a.endOn;
  return overlapping && place(a) !== null && place(a) === place(b) && sameIssuer(a, b);
}

// "Seminaret holdes i Politihuset" a sentence after "KOM arrangerer seminar … 12. mars": the
// same event told about again, by its bare definite name.
const BARE_MENTION =
  /^(?:seminaret|konferansen|kurset|webinaret|møtet|samlingen|samlinga|fagdagen|temadagen|arrangementet|workshopen|frokosten|the\s+(?:seminar|conference|webinar|meeting))$/i;

function isRetelling(a: Draft, b: Draft): boolean {
  if (!BARE_MENTION.test(b.title.trim()) || a.startOn === null || b.startOn === null) return false;
  const sameSection = a.sentences[0].paragraph.section === b.sentences[0].paragraph.section;
  return sameSection && a.startOn <= b.startOn && b.startOn <= (a.endOn ?? a.startOn);
}

function isSameItem(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "SEMINAR") return sameEvent(a, b) || isRetelling(a, b) || isRetelling(b, a);
  if (a.kind === "HEARING" && a.reference && a.reference === b.reference) return true;
  if (a.deadline !== b.deadline) return false;
  if (a.kind === "HEARING") return a.sentOn === b.sentOn && (sameIssuer(a, b) || similarTitles(a.title, b.title));
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
    sentOn: a.sentOn ?? b.sentOn,
    startTime: a.startTime ?? b.startTime,
    endTime: a.endTime ?? b.endTime,
    location: a.location ?? b.location,
    quote: a.quote ?? b.quote,
    isOnline: (a.location ?? b.location) ? a.isOnline : a.isOnline || b.isOnline,
    // An item told about a thousand times keeps the first of its sentences and warnings,
    // as many as a proposal carries (import-schemas.ts).
    sentences:
      a.sentences.length >= MAX_KEPT
        ? a.sentences
        : [...a.sentences, ...b.sentences.filter((s) => !a.sentences.includes(s))].slice(0, MAX_KEPT),
    warnings: [...new Set([...a.warnings, ...b.warnings])].slice(0, MAX_KEPT),
  };
  // Told twice with two places ("i Oslo", then "i Politihuset"), the event carries one of them:
  // its title keeps the place it names, so neither is lost.
  if (a.titleWithPlace && a.location && b.location && place(a) !== place(b)) merged.title = a.titleWithPlace;
  if (a.kind === "SEMINAR" && (a.startOn !== b.startOn || a.endOn !== b.endOn)) {
    const days = (d: Draft) => [d.startOn!, d.endOn!];
    const useB = days(b).every(isWorkingDay) && !days(a).every(isWorkingDay);
    if (useB) Object.assign(merged, { startOn: b.startOn, endOn: b.endOn });
    const warning = `Nevnt med ulike datoer: ${spanText(a.startOn!, a.endOn!)} og ${spanText(b.startOn!, b.endOn!)}.`;
    if (!merged.warnings.includes(warning) && merged.warnings.length < MAX_KEPT) merged.warnings.push(warning);
  }
  return merged;
}

// Two mentions can only be one item when they share a kind and a day (or, for hearings, a
// reference), so each draft is compared only with the kept ones filed under its keys: a text
// with thousands of items is merged in one pass, not by comparing every pair.
const MAX_INDEXED_DAYS = 62;
const MAX_KEPT = 20;

function keysOf(draft: Draft): string[] {
  const keys: string[] = [];
  if (draft.kind === "HEARING" && draft.reference) keys.push(`ref:${draft.reference}`);
  if (draft.kind === "SEMINAR") {
    if (draft.startOn === null || draft.endOn === null) return keys;
    let day = draft.startOn;
    for (let i = 0; day <= draft.endOn && i < MAX_INDEXED_DAYS; i++, day = addDays(day, 1)) keys.push(`${draft.kind}:${day}`);
    return keys;
  }
  keys.push(`${draft.kind}:${draft.deadline}`);
  return keys;
}

export function mergeDuplicates(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  const index = new Map<string, number[]>();
  const file = (draft: Draft, at: number) => {
    for (const key of keysOf(draft)) {
      const list = index.get(key) ?? [];
      if (!list.includes(at)) list.push(at);
      index.set(key, list);
    }
  };
  for (const draft of drafts) {
    const candidates = [...new Set(keysOf(draft).flatMap((key) => index.get(key) ?? []))].sort((a, b) => a - b);
    const at = candidates.find((i) => isSameItem(kept[i], draft));
    if (at === undefined) {
      kept.push(draft);
      file(draft, kept.length - 1);
    } else {
      kept[at] = merge(kept[at], draft);
      file(kept[at], at);
    }
  }
  return kept;
}
