import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";

const TODAY = { today: "2026-12-03" };
const read = (text: string) => extractItems(text, TODAY).items;

describe("a heading that names a category, not a thing", () => {
  it("titles each hearing under «Aktuelle høringer» from its own sentence", () => {
    const items = read(
      "Aktuelle høringer\n\nArbeids- og inkluderingsdepartementet sender forslag til endringer i allmenngjøringsloven på høring. Fristen for å sende inn høringssvar er 14. april 2027.\n\nKunnskapsdepartementet har sendt ut et høringsnotat om opplæring for barn i asylmottak, med frist 2. mai 2027.",
    );
    expect(items.map((i) => [i.kind, i.title, i.issuer?.shortName, i.deadline])).toEqual([
      ["HEARING", "Forslag til endringer i allmenngjøringsloven", "AID", "2027-04-14"],
      ["HEARING", "Høringsnotat om opplæring for barn i asylmottak", "KD", "2027-05-02"],
    ]);
  });

  it("reads a plural heading over one hearing as a category («Nye høringer»)", () => {
    const [item] = read(
      "Nye høringer\n\nHelse- og omsorgsdepartementet har sendt på høring forslag om endringer i pasientjournalloven. Høringsfrist er 3. mars 2027.",
    );
    expect(item).toMatchObject({ kind: "HEARING", title: "Forslag om endringer i pasientjournalloven", deadline: "2027-03-03" });
    expect(item.confidence.level).toBe("high");
  });

  it("reads a Nynorsk category heading («Høyringar») the same way", () => {
    const [item] = read(
      "Høyringar\n\nKommunal- og distriktsdepartementet sender forslag om endringar i busetjingslova på høyring. Høyringsfristen er 20. april 2027.",
    );
    expect(item).toMatchObject({ kind: "HEARING", title: "Forslag om endringar i busetjingslova", deadline: "2027-04-20" });
  });

  it("titles hearings told in two paragraphs under one singular heading from their own sentences", () => {
    const items = read(
      "Fra departementene\n\nJustis- og beredskapsdepartementet sender forslag til endringer i straffeloven om menneskehandel på høring. Høringsfrist er 1. mars 2027.\n\nBarne- og familiedepartementet sender forslag om ny barnevernsforskrift på høring. Høringsfrist er 15. mars 2027.",
    );
    expect(items.map((i) => i.title)).toEqual([
      "Forslag til endringer i straffeloven om menneskehandel",
      "Forslag om ny barnevernsforskrift",
    ]);
  });

  it("gives less than high confidence when no sentence names the hearing and the title is a guess", () => {
    const [item] = read("Aktuelle høringer\n\nJustisdepartementet minner om at høringsfristen er 1. februar 2027.");
    expect(item.kind).toBe("HEARING");
    expect(item.confidence.level).not.toBe("high");
  });

  it("keeps a heading that names the hearing over its one paragraph as the title (trap)", () => {
    const [item] = read(
      "Endringer i utlendingsforskriften på høring\n\nJustis- og beredskapsdepartementet sendte 1. desember 2026 på høring forslag til endringer i utlendingsforskriften om midlertidig oppholdstillatelse. Høringsfristen er 1. mars 2027.",
    );
    expect(item).toMatchObject({ kind: "HEARING", title: "Endringer i utlendingsforskriften", deadline: "2027-03-01" });
  });
});
