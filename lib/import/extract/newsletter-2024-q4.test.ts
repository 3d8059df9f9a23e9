// The KOM newsletter for October–December 2024 (fixtures/kom-2024-q4.txt, as extracted from
// its PDF): every item in it, in reading order. Dates without a year are 2024 for
// October–December and 2025 for the months after the period.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";
import { expectItems, type ExpectedItem } from "../fixtures/expect-items";

const text = fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "kom-2024-q4.txt"), "utf8");
const REGJERINGEN = "https://www.regjeringen.no/no/dokumenter/";
const RVTS = "https://rvtsost.no/kurs/";

const expected: ExpectedItem[] = [
  {
    kind: "STRATEGY_INPUT",
    title: "Invitasjon til innspill: Strategi mot menneskehandel",
    issuer: "jd",
    deadline: "2024-10-31",
    url: "https://www.regjeringen.no/no/aktuelt/invitasjon-til-innspill-strategi-mot-menneskehandel/id3054743/",
  },
  {
    kind: "DEADLINE",
    title: "Neste oppdatering av oversikt over rettsavgjørelser",
    issuer: "kom",
    deadline: "2025-04-30",
    url: "https://www.politiet.no/globalassets/rad-og-veiledning/menneskehandel/rettsavgjorelser-om-menneskehandel.pdf",
  },
  {
    kind: "SEMINAR",
    title: "Fagseminar",
    issuer: "politiets-kompetansegruppe",
    startOn: "2024-10-21",
    endOn: "2024-10-23",
    location: "Haag",
    isOnline: false,
  },
  { kind: "SEMINAR", title: "Digitalt møte", issuer: "politiets-kompetansegruppe", startOn: "2024-12-03", location: null, isOnline: true },
  {
    kind: "SEMINAR",
    title: "Från ord till handling",
    issuer: "nspm",
    startOn: "2024-10-18",
    location: "Göteborg",
    url: "https://nspm.jamstalldhetsmyndigheten.se/nyheter/nationell-konferens-mot-manniskohandel-fran-ord-till-handling/",
  },
  {
    kind: "SEMINAR",
    title: "Møte i arbeidsgruppen",
    issuer: "nordisk-ministerrad",
    startOn: "2024-11-06",
    endOn: "2024-11-07",
    location: "Stockholm",
    url: "https://www.norden.org/no/node/73474",
  },
  {
    kind: "SEMINAR",
    title: "Møte i arbeidsgruppen",
    issuer: "cbss",
    startOn: "2024-11-28",
    endOn: "2024-11-29",
    location: "Tallin",
    url: "https://cbss.org/safe-secure-region/anti-trafficking/",
  },
  {
    kind: "HEARING",
    title: "NOU 2024:17 Kommersielle og ideelle aktørers rolle i fellesskapets velferdstjenester",
    issuer: "dfd",
    reference: "NOU 2024:17",
    sentOn: "2024-10-16",
    deadline: "2025-01-17",
    url: `${REGJERINGEN}horing-nou-202417-kommersielle-og-ideelle-aktorers-rolle-i-fellesskapets-velferdstjenester/id3060940/`,
  },
  {
    kind: "HEARING",
    title: "Forslag til endringer i forskrift om sosiale tjenester for personer uten fast bopel i Norge",
    issuer: "aid",
    sentOn: "2024-10-24",
    deadline: "2025-01-24",
    url: `${REGJERINGEN}horing-forslag-om-endringer-i-forskrift-om-sosiale-tjenester-for-personer-uten-fast-bopel-i-norge/id3065042/`,
  },
  {
    kind: "HEARING",
    title: "NOU 2024:20 Det digitale (i) livet. Balansert oppvekst i skjermens tid",
    issuer: "kd",
    reference: "NOU 2024:20",
    sentOn: "2024-11-11",
    deadline: "2025-02-11",
  },
  {
    kind: "HEARING",
    title: "Forslag til endringer i reglene om varsling for å styrke fornærmedes og etterlattes stilling",
    issuer: "jd",
    sentOn: "2024-12-06",
    deadline: "2025-04-01",
  },
  {
    kind: "HEARING",
    title: "Forslag til lov om undersøkelsesordning for drap og andre alvorlige saker",
    issuer: "bfd",
    sentOn: "2024-12-20",
    deadline: "2025-01-31",
  },
  {
    kind: "SEMINAR",
    title: "Nasjonal konferanse mot radikalisering og voldelig ekstremisme",
    issuer: "pod",
    startOn: "2024-12-11",
    isOnline: true,
  },
  {
    kind: "DEADLINE",
    title: "sluttrapport skal leveres",
    issuer: "fafo",
    deadline: "2025-11-15",
    url: "https://www.doffin.no/notices/2024-113330",
  },
  {
    kind: "SEMINAR",
    title: "møtet i Europarådets nettverk for spesialiserte advokater",
    issuer: "greta",
    startOn: "2024-10-18",
    url: "https://www.coe.int/en/web/anti-human-trafficking/-/european-anti-trafficking-day-network-of-specialised-anti-trafficking-lawyers-and-ngos-in-strasbourg",
  },
  {
    kind: "SEMINAR",
    title: "Fellesmøte for EUs nettverk",
    issuer: "eu-kommisjonen",
    startOn: "2024-12-02",
    endOn: "2024-12-03",
    location: "Brussel",
  },
  { kind: "SEMINAR", title: "Studiebesøk", issuer: "cbss", startOn: "2024-10-21", endOn: "2024-10-22", location: "Stockholm" },
  { kind: "SEMINAR", title: "møte om utnyttelse av mindreårige", issuer: "nspm", startOn: "2024-10-17" },
  {
    kind: "SEMINAR",
    title: "Digitalt kurs om ungdom utnyttet til kriminalitet",
    issuer: "rvts-ost",
    startOn: "2025-01-15",
    endOn: "2025-01-16",
    isOnline: true,
    url: `${RVTS}digitalt-kurs-om-ungdom-utnyttet-til-kriminalitet-2`,
  },
  {
    kind: "SEMINAR",
    title: "Digitalt grunnkurs om utnyttelse og menneskehandel",
    issuer: "rvts-ost",
    startOn: "2025-04-29",
    endOn: "2025-04-30",
    isOnline: true,
    url: `${RVTS}digitalt-grunnkurs-om-utnyttelse-og-menneskehandel-3`,
  },
  {
    kind: "SEMINAR",
    title: "Digitalt kurs om ungdom utnyttet til kriminalitet",
    issuer: "rvts-ost",
    startOn: "2025-09-09",
    endOn: "2025-09-10",
    isOnline: true,
    url: `${RVTS}digitalt-kurs-om-ungdom-utnyttet-til-kriminalitet-3`,
  },
  {
    kind: "SEMINAR",
    title: "Digitalt grunnkurs om utnyttelse og menneskehandel",
    issuer: "rvts-ost",
    startOn: "2025-11-04",
    endOn: "2025-11-05",
    isOnline: true,
    url: `${RVTS}digitalt-grunnkurs-om-utnyttelse-og-menneskehandel-4`,
  },
];

describe("KOM newsletter October–December 2024", () => {
  const extraction = extractItems(text);

  it("reads the newsletter's own period", () => {
    expect(extraction.period?.label).toBe("oktober–desember 2024");
  });

  it("finds every item, and nothing else", () => {
    expectItems(extraction.items, expected);
  });

  it("finds the same with the publication date given", () => {
    expectItems(extractItems(text, { asOf: "2025-01-10" }).items, expected);
  });

  it("notes the strategy's «våren 2025» without dating it", () => {
    expect(extraction.notes).toEqual([{ phrase: "våren 2025", sentence: "Strategien legges frem våren 2025." }]);
  });
});
