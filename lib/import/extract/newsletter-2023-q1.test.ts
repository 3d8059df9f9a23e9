// The KOM newsletter for January–March 2023 (fixtures/kom-2023-q1.txt, Markdown whose links
// are empty): every item in it, in reading order of first mention. The Berlin meeting is
// dated twice in the text; its working days are kept, with a warning.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";
import { expectItems, type ExpectedItem } from "../fixtures/expect-items";

const text = fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "kom-2023-q1.txt"), "utf8");

const expected: ExpectedItem[] = [
  { kind: "DEADLINE", title: "Neste oppdatering av tertialvise oversikter over rettsavgjørelser", issuer: "kom", deadline: "2023-04-30" },
  { kind: "SEMINAR", title: "Seminar for lansering og presentasjon av Fafo-rapport 2023:03", issuer: "kom", startOn: "2023-01-18" },
  {
    kind: "SEMINAR",
    title: "Nasjonalt seminar",
    issuer: "kom",
    startOn: "2023-10-18",
    endOn: "2023-10-19",
    location: "Clarion Hotel Oslo",
  },
  {
    kind: "SEMINAR",
    title: "On the need to enhance anti-trafficking prevention amid mass migration flows",
    issuer: "osse",
    startOn: "2023-02-09",
  },
  { kind: "SEMINAR", title: "Seminar for Arbeidstilsynets menneskehandels-kontakter", issuer: "arbeidstilsynet", startOn: "2023-02-27" },
  {
    kind: "SEMINAR",
    title: "Innspillsmøte med Lovutvalg om negativ sosial kontroll",
    issuer: "lovutvalg-negativ-sosial-kontroll",
    startOn: "2023-03-24",
  },
  { kind: "SEMINAR", title: "Arbeidsgruppemøte i Berlin", issuer: "cbss", startOn: "2023-02-16", endOn: "2023-02-17", location: "Berlin" },
  { kind: "SEMINAR", title: "Møte i arbeidsgruppen", issuer: "nordisk-ministerrad", startOn: "2023-03-14" },
  {
    kind: "SEMINAR",
    title: "Conference on prevention models to address the demand that fosters trafficking for sexual purposes",
    issuer: "eu-formannskapet-sverige",
    startOn: "2023-03-29",
    endOn: "2023-03-30",
    location: "Stockholm",
  },
  { kind: "DEADLINE", title: "skal levere en NOU", issuer: "voldtektsutvalget", deadline: "2024-01-31" },
  {
    kind: "HEARING",
    title: "NOU 2022:18 Mellom mobilitet og migrasjon",
    issuer: "aid",
    reference: "NOU 2022:18",
    sentOn: "2023-01-19",
    deadline: "2023-04-19",
  },
  {
    kind: "HEARING",
    title: "NOU 2023:7 Trygg barndom, sikker fremtid",
    issuer: "bfd",
    reference: "NOU 2023:7",
    sentOn: "2023-03-27",
    deadline: "2023-06-26",
  },
  {
    kind: "HEARING",
    title: "Engangsløsning for utlendinger som har oppholdt seg i kirkeasyl",
    issuer: "jd",
    sentOn: "2023-02-22",
    deadline: "2023-03-15",
  },
  {
    kind: "HEARING",
    title: "Forslag om å avvikle au pair-ordningen i Norge",
    issuer: "jd",
    sentOn: "2023-03-29",
    deadline: "2023-06-29",
  },
  { kind: "HEARING", title: "Gjennomføring av direktiv (EU) 2020/1057", issuer: "aid", sentOn: "2023-03-29", deadline: "2023-05-24" },
  {
    kind: "SEMINAR",
    title: "23rd Conference of the Alliance against Trafficking in Persons",
    issuer: "osse",
    startOn: "2023-04-18",
    endOn: "2023-04-19",
    location: "Wien",
  },
];

describe("KOM newsletter January–March 2023", () => {
  const extraction = extractItems(text);

  it("reads the newsletter's own period", () => {
    expect(extraction.period?.label).toBe("januar–mars 2023");
  });

  it("finds every item, and nothing else", () => {
    expectItems(extraction.items, expected);
  });

  it("has no addresses: the Markdown links are empty", () => {
    expect(extraction.items.map((i) => i.url)).toEqual(expected.map(() => null));
  });

  it("warns that the Berlin meeting is given two dates", () => {
    const berlin = extraction.items.find((i) => i.location === "Berlin");
    expect(berlin?.warnings).toEqual(["Nevnt med ulike datoer: 17.–18. februar 2023 og 16.–17. februar 2023."]);
  });

  it("notes what will happen «før sommeren» and «i juni» without dating it", () => {
    expect(extraction.notes.map((n) => n.phrase)).toEqual(["før sommeren", "før sommeren", "i juni"]);
  });
});
