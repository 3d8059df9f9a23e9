// Stortinget's committee hearings export (data.stortinget.no/eksport/horinger, NLOD) read into
// hearing entries. A written hearing's deadline is its innspillsfrist; an oral one's is the
// deadline to ask to speak (anmodningsfrist), with the hearing's time and place on the entry.
// Times are Oslo wall-clock times; "not set" is written as year 0001. respons_dato_tid, which
// changes on every request, is never read, so an unchanged hearing yields an identical entry.
import type { Element } from "domhandler";
import { OSLO } from "../../model/calendar-date";
import type { SourceEntry } from "../entry";
import { SourceFormatError } from "./errors";
import { oneLine } from "./html-text";
import { calendarDateOf, osloDateOf, osloIsoString, zonedInstant } from "./instants";
import { childElement, childElements, childText, descendants, localName, parseXmlRoot } from "./xml";

export const STORTINGET_ATTRIBUTION = "Kilde: Stortinget";
const HEARING_PAGE = "https://www.stortinget.no/no/Hva-skjer-pa-Stortinget/Horing/horing/?h=";

interface StortingetTime {
  /** The calendar day in Oslo. */
  date: string;
  /** The instant, with Oslo's offset. */
  instant: string;
}

/**
 * "2027-01-11T12:00:00" (Oslo time), "2027-01-11T11:00:00Z" or with an offset; null for the
 * year-0001 "not set", an empty value or anything unreadable.
 */
export function readStortingetTime(text: string | null): StortingetTime | null {
  if (!text) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (!calendarDateOf(year, month, day) || hour > 23 || minute > 59) return null;
  const zone = match[7];
  const instant = zone
    ? new Date(
        `${match[1]}-${match[2]}-${match[3]}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
      )
    : zonedInstant({ year, month, day, hour, minute, second }, OSLO);
  if (Number.isNaN(instant.getTime())) return null;
  return { date: osloDateOf(instant), instant: osloIsoString(instant) };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

interface HearingCase {
  reference: string | null;
  shortTitle: string | null;
  title: string | null;
}

function readCases(hearing: Element): HearingCase[] {
  const list = childElement(hearing, "horing_sak_info_liste");
  return (list ? childElements(list, "horing_sak_info") : []).map((info) => ({
    reference: childText(info, "sak_henvisning"),
    shortTitle: childText(info, "sak_korttittel"),
    title: childText(info, "sak_tittel"),
  }));
}

function readSlots(hearing: Element): { place: string | null; time: StortingetTime }[] {
  const list = childElement(hearing, "horingstidspunkt_liste");
  return (list ? childElements(list, "horingstidspunkt") : [])
    .map((slot) => ({ place: childText(slot, "sted"), time: readStortingetTime(childText(slot, "tidspunkt")) }))
    .filter((slot): slot is { place: string | null; time: StortingetTime } => slot.time !== null)
    .sort((a, b) => Date.parse(a.time.instant) - Date.parse(b.time.instant));
}

function isWritten(hearing: Element, innspillsfrist: StortingetTime | null, hasSlots: boolean): boolean {
  const written = childText(hearing, "skriftlig")?.toLowerCase();
  if (written === "true") return true;
  if (written === "false") return false;
  return innspillsfrist !== null && !hasSlots;
}

function line(label: string, value: string | null | undefined): string | null {
  return value ? `${label}: ${value}` : null;
}

function readHearing(hearing: Element): SourceEntry | null {
  const id = childText(hearing, "id");
  if (!id) return null;
  const committee = childElement(hearing, "komite");
  const committeeName = committee ? childText(committee, "navn") : null;
  const cases = readCases(hearing);
  const slots = readSlots(hearing);
  const innspillsfrist = readStortingetTime(childText(hearing, "innspillsfrist"));
  const anmodningsfrist = readStortingetTime(childText(hearing, "anmodningsfrist_dato_tid"));
  const written = isWritten(hearing, innspillsfrist, slots.length > 0);
  const deadline = written ? innspillsfrist : anmodningsfrist;
  const status = childText(hearing, "horing_status");
  const cancelled = status !== null && /^avlyst/i.test(status);
  const info = childText(hearing, "status_info_tekst");
  const caseTitles = cases.map((c) => c.shortTitle ?? c.title).filter((t): t is string => Boolean(t));
  const references = cases.map((c) => c.reference).filter((r): r is string => Boolean(r));
  const subject = caseTitles.length > 0 ? caseTitles.join("; ") : `høring ${id}`;
  const title = oneLine(`${written ? "Skriftlig høring" : "Høring"} i ${committeeName ?? "Stortinget"}: ${subject}`);
  const places = [...new Set(slots.map((slot) => slot.place).filter((p): p is string => Boolean(p)))];
  const first = slots[0]?.time ?? null;
  const last = slots.at(-1)?.time ?? null;

  let reviewReason: string | null = null;
  if (!deadline && !cancelled) {
    reviewReason = written
      ? "Stortinget har ikke satt innspillsfrist for denne skriftlige høringen ennå."
      : "Stortinget har ikke satt frist for å be om å delta i denne høringen ennå.";
  }

  const sourceText = [
    line("Komité", committeeName),
    ...cases.map((c) => line("Sak", [c.reference, c.title ?? c.shortTitle].filter(Boolean).join(" – "))),
    line("Status", status),
    written ? "Skriftlig høring" : "Muntlig høring",
    line("Innspillsfrist", innspillsfrist?.instant),
    line("Frist for å be om å delta", anmodningsfrist?.instant),
    ...slots.map((slot) => line("Høring", [slot.time.instant, slot.place].filter(Boolean).join(", "))),
    info,
  ]
    .filter((part): part is string => Boolean(part))
    .join("\n");

  return {
    key: id,
    kind: "HEARING",
    title,
    reference: references.length > 0 ? references.join("; ") : null,
    issuerName: committeeName,
    sentOn: readStortingetTime(childText(hearing, "publisert_dato"))?.date ?? null,
    deadline: deadline?.date ?? null,
    startOn: first?.date ?? null,
    endOn: last && first && last.date !== first.date ? last.date : null,
    startAt: first?.instant ?? null,
    endAt: null,
    location: places.length > 0 ? places.join("; ") : null,
    isOnline: false,
    url: `${HEARING_PAGE}${encodeURIComponent(id)}`,
    summary: info ? oneLine(info) : null,
    cancelled,
    statusText: status,
    sourceText,
    reviewReason,
    attribution: STORTINGET_ATTRIBUTION,
  };
}

/** The hearings of one export, in its order; throws SourceFormatError for any other document. */
export function readStortingetHearings(xml: string): SourceEntry[] {
  const root = parseXmlRoot(xml, "stortinget-export", "read as Stortinget's hearings export");
  if (localName(root) !== "horinger_oversikt") {
    throw new SourceFormatError("stortinget-export", `The document has a <${root.name}> root, not Stortinget's <horinger_oversikt>.`);
  }
  const list = childElement(root, "horinger_liste");
  const hearings = list ? childElements(list, "horing") : descendants(root, "horing");
  return hearings.map(readHearing).filter((entry): entry is SourceEntry => entry !== null);
}
