import { describe, expect, it } from "vitest";
import { matchRelevance } from "./relevance";
import { stortingetSessionOn, stortingetUrlFor } from "./stortinget-session";

const entry = (title: string, issuerName: string | null = null) => ({ title, summary: null, sourceText: "", issuerName });
const terms = { words: ["asyl", "vold", "menneskehandel"], ministries: ["Justis- og beredskapsdepartementet"] };

describe("matchRelevance", () => {
  it("finds a word at the start of a compound, in any case", () => {
    expect(matchRelevance(entry("Endringer for ASYLSØKERE i mottak"), terms)).toEqual(["asyl"]);
    expect(matchRelevance(entry("Tiltak for voldsutsatte"), terms)).toEqual(["vold"]);
  });
  it("does not find a word inside another word", () => {
    expect(matchRelevance(entry("Tilsvold kommune søker tilskudd"), terms)).toEqual([]);
  });
  it("finds the ministry the entry comes from", () => {
    expect(matchRelevance(entry("Forskrift om våpen", "Justis- og beredskapsdepartementet"), terms)).toEqual([
      "Justis- og beredskapsdepartementet",
    ]);
    expect(matchRelevance(entry("Forskrift om fiske", "Nærings- og fiskeridepartementet"), terms)).toEqual([]);
  });
});

describe("stortingetSessionOn", () => {
  it("changes on 1 October in Oslo", () => {
    expect(stortingetSessionOn(new Date("2026-09-30T21:59:00Z"))).toBe("2025-2026");
    expect(stortingetSessionOn(new Date("2026-09-30T22:00:00Z"))).toBe("2026-2027");
    expect(stortingetSessionOn(new Date("2027-01-05T12:00:00Z"))).toBe("2026-2027");
  });
  it("fills in the session only when the address names none", () => {
    expect(stortingetUrlFor("https://data.stortinget.no/eksport/horinger", new Date("2026-12-03T12:00:00Z"))).toBe(
      "https://data.stortinget.no/eksport/horinger?sesjonid=2026-2027",
    );
    expect(stortingetUrlFor("https://data.stortinget.no/eksport/horinger?sesjonid=2024-2025", new Date("2026-12-03T12:00:00Z"))).toContain(
      "2024-2025",
    );
  });
});
