import { describe, expect, it } from "vitest";
import type { SourceEntry } from "./entry";
import { isSameValues, itemProblems, mergeSourceValues, valuesFromEntry, type SourceValues } from "./source-values";

const entry: SourceEntry = {
  key: "10004795",
  kind: "HEARING",
  title: "Høring i Arbeids- og sosialkomiteen",
  reference: "Prop. 12 L (2026–2027)",
  issuerName: "Arbeids- og sosialkomiteen",
  sentOn: null,
  deadline: "2027-01-11",
  startOn: "2027-01-14",
  endOn: null,
  startAt: "2027-01-14T09:00:00+01:00",
  endAt: null,
  location: "Stortinget, møterom Skansen",
  isOnline: false,
  url: "https://www.stortinget.no/horing/10004795",
  summary: "Påmelding via skjema.",
  cancelled: false,
  statusText: "Planlagt",
  sourceText: "…",
  reviewReason: null,
  attribution: "Kilde: Stortinget",
};

describe("valuesFromEntry", () => {
  it("adds an oral hearing's time and place to the summary, in Oslo time", () => {
    expect(valuesFromEntry(entry, "arbeids-og-sosialkomiteen").summary).toBe(
      "Påmelding via skjema.\n\nHøringsmøte: 14. januar 2027 kl. 09.00, Stortinget, møterom Skansen.",
    );
  });

  it("takes the source's own word for a cancellation, or Avlyst", () => {
    expect(valuesFromEntry({ ...entry, cancelled: true, statusText: "Avlyst" }, "a").cancelled).toBe("Avlyst");
    expect(valuesFromEntry({ ...entry, cancelled: true, statusText: "På høring" }, "a").cancelled).toBe("Avlyst");
  });
});

describe("mergeSourceValues", () => {
  const written = valuesFromEntry(entry, "komiteen");

  it("takes every change of the source when nobody edited the item", () => {
    const incoming: SourceValues = { ...written, deadline: "2027-01-18", title: "Ny tittel" };
    const merge = mergeSourceValues(written, written, incoming);
    expect(merge.changed.sort()).toEqual(["deadline", "title"]);
    expect(merge.values).toEqual(incoming);
  });

  it("leaves the fields an editor changed, and only those", () => {
    const current: SourceValues = { ...written, title: "Redaktørens tittel" };
    const incoming: SourceValues = { ...written, title: "Kildens nye tittel", deadline: "2027-01-18" };
    const merge = mergeSourceValues(current, written, incoming);
    expect(merge.values.title).toBe("Redaktørens tittel");
    expect(merge.values.deadline).toBe("2027-01-18");
    expect(merge.keptByEditor).toEqual(["title"]);
  });

  it("compares stored values field by field, whatever the order of their keys", () => {
    const reordered = Object.fromEntries(Object.entries(written).reverse()) as unknown as SourceValues;
    expect(isSameValues(written, reordered)).toBe(true);
    expect(isSameValues(written, { ...written, location: null })).toBe(false);
  });
});

describe("itemProblems", () => {
  it("holds a source's values to the editor's rule, by its codes", () => {
    const values = valuesFromEntry(entry, "arbeids-og-sosialkomiteen");
    expect(itemProblems(values)).toEqual([]);
    expect(itemProblems({ ...values, sentOn: "2027-01-12" })).toEqual(["deadlineBeforeSent"]);
    expect(itemProblems({ ...values, deadline: null })).toEqual(["hearingDeadlineRequired"]);
    const seminar = valuesFromEntry({ ...entry, kind: "SEMINAR", startOn: "2027-01-14", endOn: "2027-01-13" }, "kom");
    expect(itemProblems(seminar)).toEqual(["endBeforeStart"]);
  });
});
