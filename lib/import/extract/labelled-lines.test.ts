// Which runs of lines are an announcement's facts, and what each label gives.
import { describe, expect, it } from "vitest";
import { readFieldLine } from "./field-labels";
import { readLabelledLines } from "./labelled-lines";

describe("readFieldLine", () => {
  it.each([
    ["Høringsfrist: 1. februar 2027", "deadline", "1. februar 2027"],
    ["Høyringsfrist: 3. april 2027", "deadline", "3. april 2027"],
    ["Fristen er 1. mars 2027", "deadline", "1. mars 2027"],
    ["Consultation deadline: 1 March 2027", "deadline", "1 March 2027"],
    ["Frist for påmelding: 2. mars", "registration", "2. mars"],
    ["Avsendar: Arbeids- og inkluderingsdepartementet", "issuer", "Arbeids- og inkluderingsdepartementet"],
    ["Vår referanse: 26/1234", "reference", "26/1234"],
    ["Sak nr.: 26/77", "reference", "26/77"],
    ["Høringsdato: 14.03.2025", "sent", "14.03.2025"],
    ["Dato: 26. mars", "date", "26. mars"],
    ["Stad: Bergen", "place", "Bergen"],
    ["Les mer: https://www.regjeringen.no/", "link", "https://www.regjeringen.no/"],
    ["Høring: Forslag til ny lov", "title", "Forslag til ny lov"],
    ["Status: På høring", "other", "På høring"],
    ["Referanse:", "reference", ""],
  ])("reads «%s» as %s", (line, role, value) => {
    expect(readFieldLine(line)).toMatchObject({ role, value });
  });

  it("reads no label inside a sentence or a word that only begins like one", () => {
    expect(readFieldLine("Departementet har satt frist: 1. mars")).toBeNull();
    expect(readFieldLine("Tidligere: ble sendt i mai")).toBeNull();
    expect(readFieldLine("Stedet er ikke bestemt")).toBeNull();
  });
});

describe("readLabelledLines", () => {
  it("splits a title, its facts and a line naming a body", () => {
    expect(readLabelledLines(["Høring – forslag til ny lov", "Høringsfrist: 1. mars 2027", "Justis- og beredskapsdepartementet"])).toEqual({
      title: "Høring – forslag til ny lov",
      before: null,
      facts: ["Høringsfrist: 1. mars 2027", "Justis- og beredskapsdepartementet"],
      after: [],
    });
  });

  it("reads a «Høring | Dato: … | departement» line as facts, with «Høring» no title", () => {
    expect(readLabelledLines(["Høring | Dato: 14.12.2026 | Justis- og beredskapsdepartementet"])).toEqual({
      title: null,
      before: null,
      facts: ["Høring", "Dato: 14.12.2026", "Justis- og beredskapsdepartementet"],
      after: [],
    });
  });

  it("takes a title label's value over the line above it, which stays a fact", () => {
    expect(readLabelledLines(["Høring i justiskomiteen", "Sak: Endringer i straffeloven", "Frist for påmelding: 8. januar 2027"])).toEqual({
      title: "Sak: Endringer i straffeloven",
      before: null,
      facts: ["Høring i justiskomiteen", "Frist for påmelding: 8. januar 2027"],
      after: [],
    });
  });

  it("joins a wrapped value to its label", () => {
    expect(readLabelledLines(["Seminar om tvangsarbeid", "Sted: Litteraturhuset,", "wergelands vei 29", "Dato: 3. mai"])?.facts).toEqual([
      "Sted: Litteraturhuset, wergelands vei 29",
      "Dato: 3. mai",
    ]);
  });

  it("leaves a paragraph alone when most of it is prose", () => {
    expect(
      readLabelledLines([
        "Departementet ber om innspill til ny strategi.",
        "Frist: 1. mars 2027. Innspillene brukes i det videre arbeidet",
        "med strategien, og departementet tar kontakt med dem",
        "som har sendt inn.",
      ]),
    ).toBeNull();
    expect(readLabelledLines(["Praktisk informasjon:", "Tid: 3. mai kl. 10", "Sted: Oslo"])).toBeNull();
    expect(readLabelledLines(["Med vennlig hilsen", "Kari Nordmann", "Telefon: 22 33 44 55", "E-post: kari@example.no"])).toBeNull();
  });
});
