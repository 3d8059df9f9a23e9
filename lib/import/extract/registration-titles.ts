// A registration deadline is named after the event it is for ("Påmelding: Fagdag om
// menneskehandel"): the event in the same section, else the nearest one before it in the
// text, else the nearest after. Without an event the deadline keeps the title it was read with.
import type { Draft } from "./draft";

export function nameRegistrations(drafts: Draft[]): Draft[] {
  const events = drafts.filter((d) => d.kind === "SEMINAR");
  return drafts.map((draft) => {
    if (draft.kind !== "DEADLINE" || !draft.isRegistration || events.length === 0) return draft;
    const here = draft.sentences[0];
    const order = here.order;
    const sameSection = events.filter((e) => e.sentences[0].paragraph.section === here.paragraph.section);
    const pool = sameSection.length > 0 ? sameSection : events;
    const before = pool.filter((e) => e.sentences[0].order < order).at(-1);
    const event = before ?? pool.find((e) => e.sentences[0].order > order);
    return event ? { ...draft, title: `Påmelding: ${event.title}`, issuer: draft.issuer ?? event.issuer } : draft;
  });
}
