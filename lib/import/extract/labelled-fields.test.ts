// Announcements written as labelled lines, one fact a line, as ministries, regjeringen.no's
// hearing pages, Stortinget's committees and organisations' e-mails write them. The texts are
// written for these tests in the style of each source.
import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";
import { normaliseNewsletter } from "./normalise";

const TODAY = "2026-12-03";
const read = (text: string) => extractItems(text, { today: TODAY }).items;
const facts = (text: string) =>
  read(text).map((i) => ({
    kind: i.kind,
    title: i.title,
    deadline: i.deadline,
    issuer: i.issuer?.slug ?? null,
    reference: i.reference,
    url: i.url,
  }));

describe("one announcement as labelled lines", () => {
  it("keeps the deadline label and the issuer line out of the title", () => {
    const [item] = read(`Høring: Forslag til endringer i utlendingsforskriften
Høringsfrist: 1. februar 2027
Justis- og beredskapsdepartementet
`);
    expect(item).toMatchObject({
      kind: "HEARING",
      title: "Forslag til endringer i utlendingsforskriften",
      deadline: "2027-02-01",
      issuer: { slug: "jd" },
    });
    expect(item.confidence.level).toBe("high");
  });

  it("reads sender, deadline and link from an e-mail's lines", () => {
    expect(
      facts(`Høring – forslag til ny lov om tiltak mot menneskehandel
Avsender: Justis- og beredskapsdepartementet
Høringsfrist: 15.03.2027
Les mer: https://www.regjeringen.no/no/dokumenter/hoering/id123456/
`),
    ).toEqual([
      {
        kind: "HEARING",
        title: "Forslag til ny lov om tiltak mot menneskehandel",
        deadline: "2027-03-15",
        issuer: "jd",
        reference: null,
        url: "https://www.regjeringen.no/no/dokumenter/hoering/id123456/",
      },
    ]);
  });

  it("reads a regjeringen.no hearing page copied as text, and its prose repeating the deadline adds nothing", () => {
    const items = read(`Høring – forslag til endringer i straffeloven § 257 (menneskehandel)

Høring | Dato: 14.12.2026 | Justis- og beredskapsdepartementet

Høringsfrist: 15.03.2027
Status: På høring
Vår referanse: 26/1234

Justis- og beredskapsdepartementet sender på høring forslag til endringer i straffeloven. Forslaget skal gjøre det
lettere å straffeforfølge utnyttelse av sårbare personer. Høringsfristen er 15. mars 2027.
`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "HEARING",
      title: "Forslag til endringer i straffeloven § 257 (menneskehandel)",
      sentOn: "2026-12-14",
      deadline: "2027-03-15",
      issuer: { slug: "jd" },
      reference: "26/1234",
    });
    expect(items[0].confidence.level).toBe("high");
  });

  it("reads a hearing page whose «Høring | Dato | departement» line stands above its title", () => {
    expect(
      read(`Høring | Dato: 14.12.2026 | Justis- og beredskapsdepartementet

Høring – forslag til endringer i straffeloven § 257 (menneskehandel)

Høringsfrist: 15.03.2027
Status: På høring
Vår referanse: 26/1234
`).map((i) => [i.title, i.sentOn, i.deadline, i.issuer?.slug, i.reference]),
    ).toEqual([["Forslag til endringer i straffeloven § 257 (menneskehandel)", "2026-12-14", "2027-03-15", "jd", "26/1234"]]);
  });

  it("takes no sent day from an e-mail's header above the announcement", () => {
    expect(
      read(`Fra: Kari Nordmann <kari@example.no>
Sendt: torsdag 3. desember 2026 10:15
Til: nettverket@example.no

Høring – forslag til endringer i utlendingsforskriften

Høringsfrist: 1. februar 2027
Avsender: Justis- og beredskapsdepartementet
`).map((i) => [i.title, i.sentOn, i.deadline, i.issuer?.slug]),
    ).toEqual([["Forslag til endringer i utlendingsforskriften", null, "2027-02-01", "jd"]]);
  });

  it("reads a Stortinget committee hearing: the case as title and reference, the day to sign up by as deadline", () => {
    const items = read(`Åpen høring i justiskomiteen

Sak: Prop. 45 L (2026–2027) Endringer i straffeprosessloven (vern av fornærmede)
Komité: Justiskomiteen
Dato for høringen: 9. mars 2027
Frist for påmelding: 2. mars 2027
Sted: Stortinget, Høringssal 1
`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "HEARING",
      title: "Prop. 45 L (2026–2027) Endringer i straffeprosessloven (vern av fornærmede)",
      reference: "Prop. 45 L (2026–2027)",
      deadline: "2027-03-02",
      issuer: { slug: "stortinget" },
    });
  });

  it("reads a seminar invitation's Tid, Sted, Påmeldingsfrist, Arrangør and Påmelding lines", () => {
    const items = read(`Fagseminar om arbeidsutnyttelse i byggebransjen

Tid: torsdag 11. februar 2027 kl. 09.00–15.00
Påmeldingsfrist: 1. februar 2027
Sted: Litteraturhuset, Wergelands vei 29, Oslo
Arrangør: Kripos
Påmelding: https://www.example.no/pamelding/fagseminar
`);
    expect(items.map((i) => [i.kind, i.title, i.startOn ?? i.deadline, i.issuer?.slug])).toEqual([
      ["SEMINAR", "Fagseminar om arbeidsutnyttelse i byggebransjen", "2027-02-11", "kripos"],
      ["DEADLINE", "Påmelding: Fagseminar om arbeidsutnyttelse i byggebransjen", "2027-02-01", "kripos"],
    ]);
    expect(items[0]).toMatchObject({
      startTime: "09:00",
      endTime: "15:00",
      location: "Litteraturhuset, Wergelands vei 29, Oslo",
      url: "https://www.example.no/pamelding/fagseminar",
    });
  });

  it("takes an event's clock times from a «Tid:» line under its «Dato:» line, and «Sted: Digitalt» as online", () => {
    const [event] = read(`Kurs: Samtaler med unge som kan være utsatt for menneskehandel

Dato: 26. mars 2027
Tid: kl. 09.00–12.00
Sted: Digitalt (Teams)
Arrangør: Barne-, ungdoms- og familiedirektoratet
`);
    expect(event).toMatchObject({
      kind: "SEMINAR",
      startOn: "2027-03-26",
      startTime: "09:00",
      endTime: "12:00",
      location: null,
      isOnline: true,
      issuer: { slug: "bufdir" },
    });
  });

  it("reads English labels", () => {
    expect(
      facts(`Consultation on the national action plan against trafficking in human beings
Issuer: Ministry of Justice and Public Security
Consultation deadline: 1 March 2027
Link: https://www.regjeringen.no/en/consultation-action-plan/id3000003/
`),
    ).toEqual([
      {
        kind: "HEARING",
        title: "Consultation on the national action plan against trafficking in human beings",
        deadline: "2027-03-01",
        issuer: "jd",
        reference: null,
        url: "https://www.regjeringen.no/en/consultation-action-plan/id3000003/",
      },
    ]);
  });

  it("reads an English invitation's Date, Venue, Organiser and Registration deadline", () => {
    const items = read(`Workshop on trafficking for labour exploitation
Date: 14 April 2027, 10:00–14:00
Venue: Oslo Militære Samfund
Organiser: Norwegian Labour Inspection Authority
Registration deadline: 1 April 2027
`);
    expect(items.map((i) => [i.kind, i.startOn ?? i.deadline, i.issuer?.slug])).toEqual([
      ["SEMINAR", "2027-04-14", "arbeidstilsynet"],
      ["DEADLINE", "2027-04-01", "arbeidstilsynet"],
    ]);
    expect(items[0]).toMatchObject({
      title: "Workshop on trafficking for labour exploitation",
      startTime: "10:00",
      endTime: "14:00",
      location: "Oslo Militære Samfund",
    });
  });

  it("reads Nynorsk labels", () => {
    expect(
      facts(`Høyring – forslag til endringar i forskrift om tilskot til tiltak mot menneskehandel
Avsendar: Arbeids- og inkluderingsdepartementet
Høyringsfrist: 3. april 2027
Saksnummer: 26/0871
`),
    ).toEqual([
      {
        kind: "HEARING",
        title: "Forslag til endringar i forskrift om tilskot til tiltak mot menneskehandel",
        deadline: "2027-04-03",
        issuer: "aid",
        reference: "26/0871",
        url: null,
      },
    ]);
  });

  it("reads a Nynorsk seminar's Stad line", () => {
    const [event] = read(`Fagdag om menneskehandel i Vestland

Dato: 18. mars 2027
Stad: Bergen offentlege bibliotek
Arrangør: Kripos
`);
    expect(event).toMatchObject({
      kind: "SEMINAR",
      startOn: "2027-03-18",
      location: "Bergen offentlege bibliotek",
      issuer: { slug: "kripos" },
    });
  });

  it("gives «Svarfrist» under a hearing's title the hearing's kind, and «Innspillsfrist» an invitation's", () => {
    expect(
      facts(`Høring om ny veileder for barnevernets arbeid med mindreårige ofre
Ansvarlig: Barne-, ungdoms- og familiedirektoratet
Svarfrist: 15.03.2027

Innspill til ny handlingsplan mot menneskehandel
Fra: Justis- og beredskapsdepartementet
Innspillsfrist: 20. april 2027
`).map((i) => [i.kind, i.title, i.deadline, i.issuer]),
    ).toEqual([
      ["HEARING", "Høring om ny veileder for barnevernets arbeid med mindreårige ofre", "2027-03-15", "bufdir"],
      ["STRATEGY_INPUT", "Innspill til ny handlingsplan mot menneskehandel", "2027-04-20", "jd"],
    ]);
  });
});

describe("several announcements in one text", () => {
  it("gives one item for each block of an e-mail listing three hearings", () => {
    expect(
      facts(`Hei alle sammen,

Her er høringene som er aktuelle for nettverket denne måneden.

Høring – forslag til endringer i utlendingsforskriften om oppholdstillatelse for ofre for menneskehandel
Avsender: Justis- og beredskapsdepartementet
Høringsfrist: 1. februar 2027
Saksnummer: 26/4411
Les mer: https://www.regjeringen.no/no/dokumenter/horing-utlendingsforskriften/id3000001/

Høring – ny forskrift om tolketjenester i offentlig sektor
Avsender: Integrerings- og mangfoldsdirektoratet
Høringsfrist: 10. mars 2027

Høring – endringer i arbeidsmiljøloven om innleie
Departement: Arbeids- og inkluderingsdepartementet
Høringsfrist: 2. april 2027
Referanse: 26/902

Hilsen
Kari
`),
    ).toEqual([
      {
        kind: "HEARING",
        title: "Forslag til endringer i utlendingsforskriften om oppholdstillatelse for ofre for menneskehandel",
        deadline: "2027-02-01",
        issuer: "jd",
        reference: "26/4411",
        url: "https://www.regjeringen.no/no/dokumenter/horing-utlendingsforskriften/id3000001/",
      },
      {
        kind: "HEARING",
        title: "Ny forskrift om tolketjenester i offentlig sektor",
        deadline: "2027-03-10",
        issuer: "imdi",
        reference: null,
        url: null,
      },
      {
        kind: "HEARING",
        title: "Endringer i arbeidsmiljøloven om innleie",
        deadline: "2027-04-02",
        issuer: "aid",
        reference: "26/902",
        url: null,
      },
    ]);
  });

  it("keeps an issuer line that closes every block: it names the issuer, it is no page header", () => {
    const items = read(`Høring: Forslag til endringer i utlendingsforskriften
Høringsfrist: 1. februar 2027
Justis- og beredskapsdepartementet

Høring: Forslag til endringer i straffeprosessloven
Fristen er 1. mars 2027
Justis- og beredskapsdepartementet

Høring: Forslag til ny forskrift om politiregistre
Høringsfrist: 1. april 2027
Justis- og beredskapsdepartementet
`);
    expect(items.map((i) => [i.title, i.deadline, i.issuer?.slug])).toEqual([
      ["Forslag til endringer i utlendingsforskriften", "2027-02-01", "jd"],
      ["Forslag til endringer i straffeprosessloven", "2027-03-01", "jd"],
      ["Forslag til ny forskrift om politiregistre", "2027-04-01", "jd"],
    ]);
  });

  it("reads Markdown: a heading over a list of facts, and bold labels", () => {
    expect(
      facts(`## Høringer denne måneden

### Høring: Endringer i utlendingsloven om beskyttelse for ofre

- **Høringsfrist:** 1. februar 2027
- **Avsender:** Justis- og beredskapsdepartementet
- **Saksnummer:** 26/5550
- [Les mer](https://www.regjeringen.no/no/dokumenter/hoering/id3000004/)

**Høring: Ny forskrift om tolketjenester**
**Høringsfrist:** 10. mars 2027
**Avsender:** Integrerings- og mangfoldsdirektoratet
`),
    ).toEqual([
      {
        kind: "HEARING",
        title: "Endringer i utlendingsloven om beskyttelse for ofre",
        deadline: "2027-02-01",
        issuer: "jd",
        reference: "26/5550",
        url: "https://www.regjeringen.no/no/dokumenter/hoering/id3000004/",
      },
      { kind: "HEARING", title: "Ny forskrift om tolketjenester", deadline: "2027-03-10", issuer: "imdi", reference: null, url: null },
    ]);
  });

  it("gives each block under a shared heading its own kind, and takes no document name for a reference", () => {
    expect(
      facts(`## Høringer og innspill

Høring – endringer i forskrift om statsborgerskap
Avsender: Justis- og beredskapsdepartementet
Høringsfrist: 5. mai 2027
Dokument: Høringsnotat (PDF)

Innspill til ny strategi for inkludering av innvandrere
Avsender: Arbeids- og inkluderingsdepartementet
Frist: 12. mai 2027
`).map((i) => [i.kind, i.title, i.deadline, i.issuer, i.reference]),
    ).toEqual([
      ["HEARING", "Endringer i forskrift om statsborgerskap", "2027-05-05", "jd", null],
      ["STRATEGY_INPUT", "Innspill til ny strategi for inkludering av innvandrere", "2027-05-12", "aid", null],
    ]);
  });
});

describe("what is not a labelled announcement", () => {
  it("keeps a paragraph with «frist:» inside a sentence whole", () => {
    const text = `Departementet har sendt forslaget på høring, og frist: 1. mars 2027 gjelder for alle
som vil uttale seg. Organisasjonene bør merke seg at fristen ikke blir forlenget.
`;
    expect(normaliseNewsletter(text).blocks).toEqual([
      {
        kind: "paragraph",
        text: "Departementet har sendt forslaget på høring, og frist: 1. mars 2027 gjelder for alle som vil uttale seg. Organisasjonene bør merke seg at fristen ikke blir forlenget.",
        page: 0,
        group: null,
      },
    ]);
  });

  it("joins a PDF's broken paragraph whose one line opens with «Frist:»", () => {
    const text = `Departementet ber om innspill til arbeidet med ny strategi mot menneskehandel.
Frist: 1. mars 2027. Innspillene vil bli brukt i det videre arbeidet
med strategien, og departementet tar kontakt med organisasjonene
som har sendt inn.
`;
    const blocks = normaliseNewsletter(text).blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0].group).toBeNull();
    expect(blocks[0].text).toContain("strategi mot menneskehandel. Frist: 1. mars 2027. Innspillene");
  });

  it("gives a «Frist:» block without a title line a warning and low confidence, not a title of label words", () => {
    const items = read(`Frist: 15. april 2027
Avsender: Justis- og beredskapsdepartementet
Referanse: 26/3001
`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ deadline: "2027-04-15", issuer: { slug: "jd" }, reference: "26/3001" });
    expect(items[0].title).not.toMatch(/:|Avsender|Referanse/);
    expect(items[0].warnings.length).toBeGreaterThan(0);
    expect(items[0].confidence.level).toBe("low");
  });

  it("gives a lone «Frist:» line the same warning and low confidence", () => {
    const [item] = read("Frist: 15. april 2027\n");
    expect(item).toMatchObject({ kind: "DEADLINE", title: "Frist", deadline: "2027-04-15" });
    expect(item.warnings.length).toBeGreaterThan(0);
    expect(item.confidence.level).toBe("low");
  });

  it("reads past a label whose value is empty", () => {
    expect(
      facts(`Høring – forslag til forskrift om registrering av tolker
Avsender: Integrerings- og mangfoldsdirektoratet
Saksnummer:
Høringsfrist: 2. mai 2027
`),
    ).toEqual([
      {
        kind: "HEARING",
        title: "Forslag til forskrift om registrering av tolker",
        deadline: "2027-05-02",
        issuer: "imdi",
        reference: null,
        url: null,
      },
    ]);
  });

  it("proposes nothing for a hearing whose deadline line is empty", () => {
    expect(
      read(`Høring – endringer i tilskuddsordningen mot menneskehandel
Avsender: Justis- og beredskapsdepartementet
Høringsfrist:
`),
    ).toEqual([]);
  });

  it("is less sure of an item that names no issuer", () => {
    const [item] = read(`Høring – forslag til endringer i barnevernsloven
Høringsfrist: 1. juni 2027
Status: På høring
`);
    expect(item).toMatchObject({ kind: "HEARING", title: "Forslag til endringer i barnevernsloven", deadline: "2027-06-01", issuer: null });
    expect(item.confidence.level).toBe("medium");
  });
});

describe("a title label under a leading line", () => {
  const committeeHearing = (gap: string) => `Høring i justiskomiteen
${gap}Sak: Endringer i straffeloven (menneskehandel)
Dokument: Prop. 45 L (2026–2027)
Høringsdato: 14. januar 2027
Frist for påmelding: 8. januar 2027 kl. 12.00
`;

  it.each([
    ["with no blank line", ""],
    ["with a blank line", "\n"],
  ])("takes the case, not the line above, as the committee hearing's title (%s)", (_, gap) => {
    const items = read(committeeHearing(gap));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "HEARING",
      title: "Endringer i straffeloven (menneskehandel)",
      reference: "Prop. 45 L (2026–2027)",
      deadline: "2027-01-08",
      // The issuer list knows the committees as names of Stortinget.
      issuer: { slug: "stortinget" },
      // «Høringsdato» is the day of the hearing itself, not of a letter sent.
      sentOn: null,
    });
  });

  it("takes the committee's hearing day for no sent day when the years are left out", () => {
    const [item] = read(`Åpen høring i arbeids- og sosialkomiteen
Sak: Endringer i arbeidsmiljøloven (tiltak mot sosial dumping)
Høringsdato: 20. januar
Frist for påmelding: 13. januar kl. 12.00
`);
    expect(item).toMatchObject({ kind: "HEARING", deadline: "2027-01-13", sentOn: null, issuer: { slug: "stortinget" } });
    expect(item.title).toBe("Endringer i arbeidsmiljøloven (tiltak mot sosial dumping)");
  });

  it("keeps a leading line that is the title when the first label names no item", () => {
    expect(
      facts(`Høring – forslag til endringer i utlendingsloven (arbeidsinnvandring)
Avsender: Justis- og beredskapsdepartementet
Høringsfrist: 20. april 2027
`).map((f) => [f.kind, f.title, f.issuer]),
    ).toEqual([["HEARING", "Forslag til endringer i utlendingsloven (arbeidsinnvandring)", "jd"]]);
  });
});

describe("a first line that is itself a title label", () => {
  it("names a seminar and its registration deadline by the label's value", () => {
    const items = read(`Seminar: Menneskehandel og arbeidslivskriminalitet
Tid: tirsdag 9. februar 2027 kl. 10.00–14.00
Sted: Arbeidstilsynet, Oslo
Arrangør: Kripos
Påmeldingsfrist: 1. februar 2027
`);
    expect(items.map((i) => [i.kind, i.title, i.startOn ?? i.deadline, i.issuer?.slug])).toEqual([
      ["SEMINAR", "Menneskehandel og arbeidslivskriminalitet", "2027-02-09", "kripos"],
      ["DEADLINE", "Påmelding: Menneskehandel og arbeidslivskriminalitet", "2027-02-01", "kripos"],
    ]);
  });

  it.each(["Webinar", "Konferanse", "Arrangement", "Event"])("reads «%s:» the same way", (label) => {
    const titles = read(`${label}: Barn utsatt for menneskehandel
Tid: onsdag 17. mars 2027 kl. 13.00–15.00
Sted: Digitalt (Teams)
Påmeldingsfrist: 10. mars 2027
`).map((i) => i.title);
    expect(titles).toEqual(["Barn utsatt for menneskehandel", "Påmelding: Barn utsatt for menneskehandel"]);
  });

  it.each([
    ["Høring", "HEARING", "Høringsfrist"],
    ["Innspill", "STRATEGY_INPUT", "Innspillsfrist"],
    ["Tittel", "HEARING", "Høringsfrist"],
    ["Title", "DEADLINE", "Deadline"],
  ])("keeps «%s:» out of the title", (label, kind, deadlineLabel) => {
    const [item] = read(`${label}: Revidert handlingsplan mot menneskehandel
${deadlineLabel}: 1. april 2027
Avsender: Justis- og beredskapsdepartementet
`);
    expect(item).toMatchObject({
      kind,
      title: "Revidert handlingsplan mot menneskehandel",
      deadline: "2027-04-01",
      issuer: { slug: "jd" },
    });
  });
});

describe("other shapes of labelled lines", () => {
  const hearing = {
    kind: "HEARING",
    title: "Forslag til ny lov om tiltak mot menneskehandel",
    deadline: "2027-03-15",
    issuer: "jd",
    reference: "26/1234",
    url: null,
  };

  it("finds the title below a deadline written first", () => {
    expect(
      facts(`Høringsfrist: 15. mars 2027
Høring – forslag til ny lov om tiltak mot menneskehandel
Avsender: Justis- og beredskapsdepartementet
Vår referanse: 26/1234
`),
    ).toEqual([hearing]);
  });

  it("takes a remark among an event's facts for no title", () => {
    for (const text of [
      `Fagseminar om menneskehandel

Tid: 3. mai 2027 kl. 10.00–15.00
Sted: Litteraturhuset, Oslo
Lunsj serveres for alle deltakerne underveis
`,
      `Fagseminar om menneskehandel

Tid: 3. mai 2027 kl. 10.00–15.00
Lunsj serveres for alle deltakerne underveis
Sted: Litteraturhuset, Oslo
`,
    ]) {
      expect(read(text)).toMatchObject([{ kind: "SEMINAR", title: "Fagseminar om menneskehandel", startOn: "2027-05-03" }]);
    }
  });

  it("reads labels written in capitals", () => {
    expect(
      facts(`Høring – forslag til ny lov om tiltak mot menneskehandel
AVSENDER: Justis- og beredskapsdepartementet
HØRINGSFRIST: 15.03.2027
VÅR REFERANSE: 26/1234
`),
    ).toEqual([hearing]);
  });

  it.each([
    ["a tab", "\t", "\t", "\t"],
    ["spaces lining the values up", "      ", "  ", " "],
  ])("reads a copied table with %s between label and value", (_, a, b, c) => {
    expect(
      facts(`Høring – forslag til ny lov om tiltak mot menneskehandel
Avsender${a}Justis- og beredskapsdepartementet
Høringsfrist${b}${"  ".repeat(3)}15.03.2027
Vår referanse${c} 26/1234
`),
    ).toEqual([hearing]);
  });

  it("reads a paragraph with two spaces after its first word as it reads it with one", () => {
    const paragraph = (gap: string) => `Departementet ber om innspill til ny handlingsplan.
Tid${gap}er knapp, så vi ber om svar innen fristen
som er 1. mars 2027, slik at arbeidet kan fortsette.
`;
    expect(facts(paragraph("  "))).toEqual(facts(paragraph(" ")));
    expect(facts(paragraph("  "))).toMatchObject([
      { kind: "STRATEGY_INPUT", title: "Innspill til ny handlingsplan", deadline: "2027-03-01" },
    ]);
  });

  it("writes a title given in capitals as a sentence, keeping the short names of bodies", () => {
    const [item] = read(`HØRING – FORSLAG OM ENDRINGER I UDIS PRAKSIS FOR OFRE FOR MENNESKEHANDEL
AVSENDER: Justis- og beredskapsdepartementet
HØRINGSFRIST: 15.03.2027
`);
    expect(item).toMatchObject({
      kind: "HEARING",
      title: "Forslag om endringer i UDIs praksis for ofre for menneskehandel",
      deadline: "2027-03-15",
      issuer: { slug: "jd" },
    });
  });

  it("reads labels set apart by a dash", () => {
    expect(
      facts(`Høring – forslag til ny lov om tiltak mot menneskehandel
Avsender – Justis- og beredskapsdepartementet
Høringsfrist – 15. mars 2027
Vår referanse – 26/1234
`),
    ).toEqual([hearing]);
  });

  it("reads a Markdown table of labels and values", () => {
    expect(
      facts(`| Høring | Forslag til ny lov om tiltak mot menneskehandel |
| --- | --- |
| Avsender | Justis- og beredskapsdepartementet |
| Høringsfrist | 15.03.2027 |
| Vår referanse | 26/1234 |
`),
    ).toEqual([hearing]);
  });

  it("reads a value written on the line under its label", () => {
    expect(
      facts(`Tittel:
Forslag til ny lov om tiltak mot menneskehandel
Høringsfrist:
15.03.2027
Avsender: Justis- og beredskapsdepartementet
Vår referanse: 26/1234
`),
    ).toEqual([hearing]);
  });

  it("joins a case's name wrapped onto a second line", () => {
    const [item] = read(`Sak: Endringer i straffeloven og straffeprosessloven
(styrket vern mot menneskehandel)
Komité: Justiskomiteen
Frist for påmelding: 8. januar 2027
`);
    expect(item).toMatchObject({
      kind: "HEARING",
      title: "Endringer i straffeloven og straffeprosessloven (styrket vern mot menneskehandel)",
      deadline: "2027-01-08",
      issuer: { slug: "stortinget" },
    });
  });

  it("reads a two-day event whose «Tid:» gives the hour it starts on the first day and ends on the last", () => {
    const [event] = read(`Nordisk fagdag om menneskehandel
Tid: 11. februar kl. 09.00 – 12. februar 2027 kl. 15.00
Sted: Scandic Ørnen, Bergen
`);
    expect(event).toMatchObject({
      kind: "SEMINAR",
      title: "Nordisk fagdag om menneskehandel",
      startOn: "2027-02-11",
      endOn: "2027-02-12",
      startTime: "09:00",
      endTime: "15:00",
      location: "Scandic Ørnen, Bergen",
    });
  });

  it("reads a two-day event from «Tid: 11.–12. februar 2027»", () => {
    const items = read(`Nordisk fagkonferanse om menneskehandel
Tid: 11.–12. februar 2027
Sted: Scandic Ørnen, Bergen
Påmeldingsfrist: 1. februar 2027
`);
    expect(items.map((i) => [i.kind, i.title, i.startOn, i.endOn, i.deadline, i.location])).toEqual([
      ["SEMINAR", "Nordisk fagkonferanse om menneskehandel", "2027-02-11", "2027-02-12", null, "Scandic Ørnen, Bergen"],
      ["DEADLINE", "Påmelding: Nordisk fagkonferanse om menneskehandel", null, null, "2027-02-01", null],
    ]);
  });
});
