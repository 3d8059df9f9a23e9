// Where an event takes place: a capitalised place right before or after its date
// ("fagseminar i Haag 21.-23. oktober", "6.-7. november i Stockholm", "18.-19. oktober på
// Clarion Hotel Oslo"), or nowhere in particular when it is digital.
import type { DateMention } from "./dates";
import { findIssuerMentions } from "./issuers";
import { isMonthName, weekdayNumber } from "./months";
import { findTimeMentions } from "./times";

const PLACE = String.raw`(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3})`;
// "på Litteraturhuset i Oslo": a venue may name its town.
const AFTER_DATE = new RegExp(String.raw`^\s*,?\s*(i|på)\s+${PLACE}(?:\s+i\s+(\p{Lu}[\p{L}-]+))?`, "u");
const BEFORE_DATE = new RegExp(String.raw`\b(i|på)\s+${PLACE}\s*,?\s*(?:den\s+)?$`, "u");
// "Seminaret 27.9. holdes i Tromsø": a verb of taking place names the place anywhere.
const TAKES_PLACE = new RegExp(
  String.raw`\b(?:holdes|haldast|arrangeres|arrangerast|avholdes|finner sted|foregår|går av stabelen)\s+(i|på)\s+${PLACE}`,
  "u",
);
// Capitalised words after "i" that name a body or a time, not a place.
const NOT_PLACES = /^(Rådet|Regi|Samarbeid|Perioden|Løpet|Tillegg|Anledning|Forbindelse|Regjeringen|Stortinget)$/i;

const ONLINE = /\b(?:hel)?digital(?:t|e)?\b|\bnettbasert\w*|\bwebinar\w*|\bonline\b|\bstrømm\w*|\bTeams\b|\bZoom\b|\bpå nett\b/i;

function acceptable(place: string, next: string): string | null {
  const words = place.split(/\s+/);
  // "i Politiets kompetansegruppe": a genitive before a common noun is a body, not a place.
  if (/s$/.test(words.at(-1)!) && /^\s+\p{Ll}/u.test(next)) return null;
  if (NOT_PLACES.test(words[0]) || words.some((w) => isMonthName(w) || weekdayNumber(w) !== null)) return null;
  if (findIssuerMentions(place).length > 0) return null;
  return place;
}

function placeAfter(segment: string, from: number): string | null {
  const after = AFTER_DATE.exec(segment.slice(from));
  if (!after) return null;
  const place = acceptable(after[2], segment.slice(from + after.index + after[0].length));
  return place && after[1] === "på" && after[3] ? `${place} i ${after[3]}` : place;
}

/** `eventEnd`: where the event word ends ("fagdag i Bergen" names its place after the word). */
export function findLocation(segment: string, date: DateMention | null, eventEnd?: number): string | null {
  if (!date) return null;
  const afterTime = findTimeMentions(segment).find((t) => t.index >= date.endIndex && t.index - date.endIndex <= 2);
  const placeAfterDate = placeAfter(segment, date.endIndex) ?? (afterTime ? placeAfter(segment, afterTime.endIndex) : null);
  if (placeAfterDate) return placeAfterDate;
  const before = BEFORE_DATE.exec(segment.slice(Math.max(0, date.index - 160), date.index));
  const placeBefore = before ? acceptable(before[2], segment.slice(date.index)) : null;
  if (placeBefore) return placeBefore;
  const taking = TAKES_PLACE.exec(segment);
  const placeTaken = taking ? acceptable(taking[2], segment.slice(taking.index + taking[0].length)) : null;
  return placeTaken ?? (eventEnd !== undefined ? placeAfter(segment, eventEnd) : null);
}

export function isOnline(segment: string): boolean {
  return ONLINE.test(segment);
}
