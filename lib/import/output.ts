// How proposed items leave the importer: the JSON of the command-line contract (exactly the
// fields of DESIGN.md, dates as YYYY-MM-DD, absent values as null) and a plain listing.
import type { ItemKind } from "../model/item";
import type { ProposedItem, UndatedNote } from "./extract";

export interface ItemJson {
  kind: ItemKind;
  title: string;
  reference: string | null;
  issuer: string | null;
  sentDate: string | null;
  deadline: string | null;
  start: string | null;
  end: string | null;
  location: string | null;
  online: boolean;
  url: string | null;
}

export function toItemJson(item: ProposedItem): ItemJson {
  return {
    kind: item.kind,
    title: item.title,
    reference: item.reference,
    issuer: item.issuer?.shortName ?? null,
    sentDate: item.sentOn,
    deadline: item.deadline,
    start: item.startOn,
    end: item.endOn,
    location: item.location,
    online: item.isOnline,
    url: item.url,
  };
}

function datesOf(item: ProposedItem): string {
  if (item.kind === "SEMINAR") {
    const days = item.endOn && item.endOn !== item.startOn ? `${item.startOn}–${item.endOn}` : `${item.startOn}`;
    const times = item.startTime ? ` ${item.startTime}${item.endTime ? `–${item.endTime}` : ""}` : "";
    return days + times;
  }
  return item.sentOn ? `${item.sentOn} → ${item.deadline}` : `frist ${item.deadline}`;
}

/** One block per item, then the undated notes: for a person reading a terminal. */
export function formatListing(items: ProposedItem[], notes: UndatedNote[]): string {
  const lines = items.map((item) => {
    const where = item.isOnline ? "digitalt" : item.location;
    const details = [item.issuer?.shortName, item.reference, where].filter(Boolean).join(" · ");
    const extra = [item.url, ...item.warnings.map((w) => `! ${w}`)]
      .filter(Boolean)
      .map((l) => `\n    ${l}`)
      .join("");
    return `${item.kind.padEnd(14)} ${datesOf(item)}\n    ${item.title}${details ? `\n    ${details}` : ""}${extra}`;
  });
  const undated = notes.map((n) => `  «${n.phrase}»: ${n.sentence}`);
  return [
    `${items.length} ${items.length === 1 ? "item" : "items"} found.`,
    ...lines,
    ...(undated.length > 0 ? ["Named without a day (not saved):", ...undated] : []),
  ].join("\n");
}
