import { describe, expect, it } from "vitest";
import { actorIdsForWord, isActorWord, searchWords } from "./search-text";

const ACTORS = [
  { id: "jd", name: "Justis- og beredskapsdepartementet", shortName: "JD" },
  { id: "bfd", name: "Barne- og familiedepartementet", shortName: "BFD" },
  { id: "kd", name: "Kunnskapsdepartementet", shortName: "KD" },
  { id: "greta", name: "Europarådets ekspertgruppe mot menneskehandel (GRETA)", shortName: "GRETA" },
];

describe("searchWords", () => {
  it("splits on spaces and punctuation, lower-cases and drops repeats", () => {
    expect(searchWords("NOU 2024:17")).toEqual(["nou", "2024", "17"]);
    expect(searchWords("  nou 2024-17 ")).toEqual(["nou", "2024", "17"]);
    expect(searchWords("Prop. 12 L (2024–2025)")).toEqual(["prop", "12", "l", "2024", "2025"]);
    expect(searchWords("høring Høring")).toEqual(["høring"]);
    expect(searchWords("   ")).toEqual([]);
  });
});

describe("isActorWord", () => {
  it("matches a name or short name in part", () => {
    expect(actorIdsForWord("jd", ACTORS)).toEqual(["jd"]);
    expect(actorIdsForWord("kunnskap", ACTORS)).toEqual(["kd"]);
    expect(actorIdsForWord("greta", ACTORS)).toEqual(["greta"]);
  });

  it("reads the short forms of a joined department name", () => {
    expect(actorIdsForWord("justisdepartementet", ACTORS)).toEqual(["jd"]);
    expect(actorIdsForWord("beredskapsdepartementet", ACTORS)).toEqual(["jd"]);
    expect(actorIdsForWord("barnedepartementet", ACTORS)).toEqual(["bfd"]);
    expect(actorIdsForWord("familiedepartementet", ACTORS)).toEqual(["bfd"]);
  });

  it("does not take any word that merely starts like a first part", () => {
    expect(isActorWord("justismord", ACTORS[0])).toBe(false);
    expect(isActorWord("barnevern", ACTORS[1])).toBe(false);
    expect(actorIdsForWord("departementet", ACTORS).sort()).toEqual(["bfd", "jd", "kd"]);
  });
});
