// Announcements as ministries, Stortinget, directorates, statsforvaltere, research institutes,
// NGOs and municipalities write them: one rule per test. The development set in
// lib/dev/extract-eval measures the rules together (npm run eval:extract).
import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";
import { tableRows } from "./table-rows";

const read = (text: string, today = "2025-01-10") => extractItems(text, { today }).items;
const brief = (text: string, today?: string) =>
  read(text, today).map((i) => ({ kind: i.kind, sentOn: i.sentOn, deadline: i.deadline, startOn: i.startOn, endOn: i.endOn }));

describe("event pages", () => {
  it("reads «Tid:» and «Sted:» lines under a heading as the heading's event", () => {
    const [event] = read(
      `Nasjonal konferanse om arbeidslivskriminalitet

Departementet inviterer til konferanse om utnyttelse i arbeidslivet.

Tid: tirsdag 14. oktober kl. 09.00–15.30
Sted: Clarion Hotel The Hub, Oslo
`,
      "2025-08-20",
    );
    expect(event).toMatchObject({
      kind: "SEMINAR",
      title: "Nasjonal konferanse om arbeidslivskriminalitet",
      startOn: "2025-10-14",
      startTime: "09:00",
      endTime: "15:30",
      location: "Clarion Hotel The Hub, Oslo",
    });
  });

  it("reads a launch with «Dato:» and «Sted:» lines as an event", () => {
    expect(
      brief(
        "Lansering: Unge i kriminelle nettverk\n\nNOVA inviterer til frokostlansering av ny rapport.\n\nDato: 22. oktober\nSted: OsloMet, Pilestredet 46\n",
        "2025-10-06",
      ),
    ).toEqual([{ kind: "SEMINAR", sentOn: null, deadline: null, startOn: "2025-10-22", endOn: "2025-10-22" }]);
  });

  it("reads a line that opens with its day, right under the event's title", () => {
    expect(
      brief(
        `Aktivistdag mot menneskehandel

01.12.25 10:00 - 17:00
Frivillighetshuset, Oslo
`,
        "2025-11-01",
      ),
    ).toEqual([{ kind: "SEMINAR", sentOn: null, deadline: null, startOn: "2025-12-01", endOn: "2025-12-01" }]);
  });

  it("reads a table written one cell per line as one event per row", () => {
    expect(tableRows(["Sted", "Dato", "Bergen", "23. september", "Tromsø", "4. november"])).toEqual([
      "Sted: Bergen Dato: 23. september",
      "Sted: Tromsø Dato: 4. november",
    ]);
    expect(tableRows(["Navn", "Rolle", "Kari", "Leder"])).toBeNull();
    const events = read(
      `Fagdager om menneskehandel

Sted
Dato
Bergen
23. september
Tromsø
4. november
`,
      "2025-08-25",
    );
    expect(events.map((e) => [e.startOn, e.location])).toEqual([
      ["2025-09-23", "Bergen"],
      ["2025-11-04", "Tromsø"],
    ]);
  });

  it("reads a list of days under «… tre webinarer:» as one event each, named by its own words", () => {
    const events = read(
      `RVTS Vest inviterer til to webinarer:

Tirsdag 9. september kl. 14.00–15.00: Hvordan kjenne igjen utnyttelse
Tirsdag 7. oktober kl. 14.00–15.00: Samtaler med ungdom
`,
      "2025-08-26",
    );
    expect(events.map((e) => [e.startOn, e.title])).toEqual([
      ["2025-09-09", "Hvordan kjenne igjen utnyttelse"],
      ["2025-10-07", "Samtaler med ungdom"],
    ]);
  });

  it("leaves out a meeting that is only reported, and one before the one announced", () => {
    expect(read("Nettverket holdt sitt årlige møte 5. juni i Bergen, og over 60 var med.", "2025-06-20")).toEqual([]);
    expect(
      brief("Arbeidsgruppen har neste møte tirsdag 21. oktober i Riga. Forrige møte ble holdt 3. juni i Stockholm.", "2025-09-10"),
    ).toEqual([{ kind: "SEMINAR", sentOn: null, deadline: null, startOn: "2025-10-21", endOn: "2025-10-21" }]);
  });

  it("reads a later sentence about the same event («Seminaret holdes …») as the same event, and a link text as no title", () => {
    const events = read(
      "KOM arrangerer seminar om identifisering 12. mars 2025 i Oslo. Seminaret holdes 12. mars i Politihuset. Se opptaket her.",
    );
    expect(events.map((e) => [e.startOn, e.title])).toEqual([["2025-03-12", "Seminar om identifisering i Oslo"]]);
    expect(read("Se opptaket\n\nKOM holdt webinar 3. april om rekruttering.", "2026-06-01")).toEqual([]);
  });

  it("reads «blir holdt» as still to come", () => {
    expect(brief("Det blir holdt et innspillsmøte 6. februar kl. 17.00 i Rådhuset.", "2025-01-14").map((i) => i.startOn)).toEqual([
      "2025-02-06",
    ]);
  });

  it("dates a moved event by its new day", () => {
    expect(
      brief("Webinaret som Statsforvaltaren skulle halde 29. april, er flytta til tysdag 20. mai kl. 13.00.", "2025-04-22").map(
        (i) => i.startOn,
      ),
    ).toEqual(["2025-05-20"]);
  });
});

describe("registration deadlines", () => {
  it("makes «Påmelding innen …» a deadline of its own, named after its event", () => {
    const items = read(
      `Fagdag om menneskehandel

Tid: onsdag 4. juni kl. 09.30–15.00
Stad: Molde rådhus

Påmelding til post@statsforvaltaren.no innan 21. mai.
`,
      "2025-03-03",
    );
    expect(items.map((i) => [i.kind, i.startOn ?? i.deadline, i.title])).toEqual([
      ["SEMINAR", "2025-06-04", "Fagdag om menneskehandel"],
      ["DEADLINE", "2025-05-21", "Påmelding: Fagdag om menneskehandel"],
    ]);
  });

  it("reads «Meld deg på senest …» and «Registration is open until …»", () => {
    const kinds = (text: string, today: string) => read(text, today).map((i) => [i.kind, i.startOn ?? i.deadline]);
    expect(
      kinds(
        "Webinar om arbeidsutnytting\n\nNår: Torsdag 2. oktober 2025 kl. 13.00–14.00\nHvor: Teams\n\nMeld deg på senest 29. september.\n",
        "2025-09-01",
      ),
    ).toEqual([
      ["SEMINAR", "2025-10-02"],
      ["DEADLINE", "2025-09-29"],
    ]);
    expect(
      kinds(
        "The Commission organises a conference on 17-18 October 2025 in Brussels. Registration is open until 26 September 2025.",
        "2025-08-01",
      ),
    ).toEqual([
      ["SEMINAR", "2025-10-17"],
      ["DEADLINE", "2025-09-26"],
    ]);
    expect(
      kinds(
        "GRETA organises a webinar on Tuesday 25 March 2025. Participation is free, but registration is required by 20 March 2025.",
        "2025-03-03",
      ),
    ).toEqual([
      ["SEMINAR", "2025-03-25"],
      ["DEADLINE", "2025-03-20"],
    ]);
  });

  it("does not take an early-bird date for the registration deadline", () => {
    const deadlines = read(
      "Nasjonal konferanse 21.–22. mai 2025. Tidlig påmelding innen 15. april gir redusert pris. Siste frist for påmelding er 9. mai.",
    ).filter((i) => i.kind === "DEADLINE");
    expect(deadlines.map((d) => d.deadline)).toEqual(["2025-05-09"]);
  });
});

describe("hearings and inputs not called «høringsfrist»", () => {
  it("reads a committee hearing's deadline to ask to take part, titled by its reference", () => {
    const items = read(
      `Åpen høring i justiskomiteen

Justiskomiteen har besluttet å holde åpen høring om Prop. 45 L (2024–2025) Endringer i straffeloven.

Høringen holdes tirsdag 22. april 2025.

Organisasjoner som ønsker å delta, må melde seg på innen torsdag 10. april kl. 12.00.
`,
      "2025-03-28",
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "HEARING",
      deadline: "2025-04-10",
      reference: "Prop. 45 L (2024–2025)",
      title: "Prop. 45 L (2024–2025) Endringer i straffeloven",
    });
    expect(items[0].issuer?.slug).toBe("stortinget");
  });

  it("takes the sent day from «Høringsdato:» and the deadline from «Høringsfrist:»", () => {
    expect(
      brief(`Høring – forslag til endringer i utlendingsforskriften

Høringsdato: 14.03.2025
Høringsfrist: 16.06.2025

Departementet sender med dette på høring forslag til endringer i utlendingsforskriften.
`),
    ).toEqual([{ kind: "HEARING", sentOn: "2025-03-14", deadline: "2025-06-16", startOn: null, endOn: null }]);
  });

  it("takes a page's publication day as the sent day of the hearing it sends now", () => {
    expect(
      brief(
        "Publisert: 01.04.2025\n\nUDI sender utkast til nytt rundskriv på høring. Frist for å sende inn høringssvar er 13. mai 2025.\n",
      ),
    ).toEqual([{ kind: "HEARING", sentOn: "2025-04-01", deadline: "2025-05-13", startOn: null, endOn: null }]);
  });

  it("reads «sendes på høring 3. februar, med frist for skriftlige merknader 5. mai» as still to come", () => {
    expect(
      brief("Pressemelding | Dato: 28.01.2025\n\nNotatet sendes på høring 3. februar, med frist for skriftlige merknader 5. mai.\n"),
    ).toEqual([{ kind: "HEARING", sentOn: "2025-02-03", deadline: "2025-05-05", startOn: null, endOn: null }]);
  });

  it("reads «legger … ut på høring» with «Høringsuttalelser sendes … innen …»", () => {
    expect(
      brief("Kommunen legger temaplan mot vold ut på høring. Høringsuttalelser sendes til postmottak@kommune.no innen 25. april 2025.").map(
        (i) => [i.kind, i.deadline],
      ),
    ).toEqual([["HEARING", "2025-04-25"]]);
  });

  it("reads «offentleg ettersyn» with «Frist for merknader» as a hearing", () => {
    expect(
      brief(
        "Offentleg ettersyn: Kommunedelplan for folkehelse\n\nPlanen er lagt ut til offentleg ettersyn.\n\nFrist for merknader: 23. mai 2025.\n",
      ).map((i) => [i.kind, i.deadline]),
    ).toEqual([["HEARING", "2025-05-23"]]);
  });

  it("reads Nynorsk «høyringsfristen» and «Send innspel innan»", () => {
    expect(brief("Statsforvaltaren sender planen på høyring. Høyringsfristen er 11. april 2025.").map((i) => [i.kind, i.deadline])).toEqual(
      [["HEARING", "2025-04-11"]],
    );
    expect(
      brief("Vi ynskjer innspel til tilsynsplanen. Send innspel innan 15. september.", "2025-08-14").map((i) => [i.kind, i.deadline]),
    ).toEqual([["STRATEGY_INPUT", "2025-09-15"]]);
  });

  it("keeps «gjerne innen» as a soft deadline and says so", () => {
    const [input] = read(
      "Nyhet | Dato: 02.09.2025\n\nDepartementet ønsker innspill til handlingsplanen. Innspill sendes på e-post, gjerne innen 20. oktober.\n",
      "2025-09-05",
    );
    expect(input).toMatchObject({ kind: "STRATEGY_INPUT", deadline: "2025-10-20" });
    expect(input.confidence.reasons).toContainEqual({ code: "soft", words: "gjerne innen" });
    expect(input.confidence.level).toBe("medium");
    const [nynorsk] = read(
      "Publisert 15.09.2025\n\nStatsforvaltaren ber om innspel til handlingsplanen. Vi vil gjerne ha innspela innan 31. oktober.\n",
    );
    expect(nynorsk.confidence.reasons).toContainEqual({ code: "soft", words: "gjerne ha innspela innan" });
  });

  it("reads a consultation open until a day as an invitation to give input", () => {
    expect(
      brief("Kommisjonen har åpnet en offentlig konsultasjon om direktivet. Konsultasjonen er åpen til 8. september 2025.").map((i) => [
        i.kind,
        i.deadline,
      ]),
    ).toEqual([["STRATEGY_INPUT", "2025-09-08"]]);
  });

  it("splits lines «Høring nr. 12 om …» into hearings, an abbreviation ending no title", () => {
    const items = read(
      "Høring nr. 12 om endringer i straffeprosessloven, høringsfrist 1. april 2025\nHøring nr. 13 om politiregistre, høringsfrist 15. april 2025\nHøring nr. 14 om tolking, høringsfrist 2. mai 2025\n",
    );
    expect(items.map((i) => [i.deadline, i.title])).toEqual([
      ["2025-04-01", "Høring nr. 12 om endringer i straffeprosessloven"],
      ["2025-04-15", "Høring nr. 13 om politiregistre"],
      ["2025-05-02", "Høring nr. 14 om tolking"],
    ]);
  });
});

describe("years the text leaves out", () => {
  it("takes the year another date writes out before today's", () => {
    expect(
      brief("Departementet sendte 3. april på høring et forslag om skjerpet straff. Høringsfristen er 2. juni 2009.", "2026-01-10"),
    ).toEqual([{ kind: "HEARING", sentOn: "2009-04-03", deadline: "2009-06-02", startOn: null, endOn: null }]);
  });

  it("takes the year a weekday fits", () => {
    const [hearing] = read("Forskrifta sendast på høyring 10. november. Høyringsfristen er fredag 30. januar.", "2025-11-03");
    expect(hearing).toMatchObject({ sentOn: "2025-11-10", deadline: "2026-01-30" });
    expect(hearing.confidence.reasons).toContainEqual({ code: "year", source: "weekday", words: "fredag 30. januar" });
  });

  it("places a meeting before a later event the text names with its year", () => {
    const [meeting] = read(
      "Departementet inviterer til innspillsmøte 6. februar om handlingsplanen. Planen legges fram høsten 2025.",
      "2026-06-01",
    );
    expect(meeting.startOn).toBe("2025-02-06");
    expect(meeting.confidence.reasons).toContainEqual({ code: "year", source: "later", words: "legges fram høsten 2025" });
  });

  it("says so when nothing in the text settles the year", () => {
    const [event] = read("Instituttet holder seminar om migrasjon 12. februar kl. 12.00–14.00.", "2025-06-15");
    expect(event.startOn).toBe("2026-02-12");
    expect(event.confidence).toMatchObject({ level: "low", yearSettled: false });
    expect(event.confidence.reasons).toContainEqual({ code: "year", source: "today", words: "2025-06-15" });
  });
});
