// An ItemView with every field set, for the calendar tests to change one field at a time.
import type { ItemView } from "../model/item";

export function feedItem(patch: Partial<ItemView> = {}): ItemView {
  return {
    id: "3f2c6d1e-8a47-4b8e-9a55-0c1d2e3f4a5b",
    kind: "HEARING",
    title: "Kommersielle og ideelle aktørers rolle i fellesskapets velferdstjenester",
    reference: "NOU 2024:17",
    summary: null,
    url: "https://www.regjeringen.no/no/dokumenter/horing-nou-2024-17/id3062411/",
    location: null,
    isOnline: false,
    sentOn: "2024-10-25",
    deadline: "2025-01-31",
    startOn: null,
    endOn: null,
    startAt: null,
    endAt: null,
    cancelledAt: null,
    cancelReason: null,
    actor: { slug: "dfd", shortName: "DFD", name: "Digitaliserings- og forvaltningsdepartementet" },
    topics: [{ slug: "velferdstjenester", name: "Velferd og sosiale tjenester", nameEn: "Welfare and social services" }],
    source: null,
    sourceExcerpt: null,
    version: 0,
    createdAt: new Date("2025-01-02T09:00:00.000Z"),
    updatedAt: new Date("2025-01-03T10:30:15.123Z"),
    ...patch,
  };
}
