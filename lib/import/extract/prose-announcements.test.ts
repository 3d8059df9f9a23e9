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

  it("reads a Nynorsk plural heading over events («Kurs og samlingar») as a category", () => {
    const [item] = read("Kurs og samlingar\n\nKOM inviterer til samling om arbeidsutnytting 4. februar 2027 i Bodø.");
    expect(item).toMatchObject({ kind: "SEMINAR", title: "Samling om arbeidsutnytting", location: "Bodø" });
  });

  it("keeps a category heading («Aktuelle frister») out of a deadline's title", () => {
    const items = read("Aktuelle frister\n\nSøknadsfrist for tilskudd til tiltak mot menneskehandel er 15. april 2027.");
    expect(items.map((i) => [i.kind, i.title, i.deadline])).toEqual([
      ["DEADLINE", "Søknadsfrist for tilskudd til tiltak mot menneskehandel", "2027-04-15"],
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

describe("an issuer borrowed from the paragraph before", () => {
  it("gives an event arranged by a body the list does not know no issuer, with a warning", () => {
    const items = read(
      "Arrangementer\n\nKOM inviterer til nettverksmøte for partnerorganisasjonene tirsdag 9. februar 2027 kl. 12.00–14.00 på Teams. Påmelding til kom@politiet.no innen 2. februar.\n\nFrelsesarmeen arrangerer fagdag om menneskehandel 18. mars 2027 i Bergen.",
    );
    const fagdag = items.find((i) => i.startOn === "2027-03-18");
    expect(fagdag).toMatchObject({ kind: "SEMINAR", issuer: null, location: "Bergen" });
    expect(fagdag?.warnings.join(" ")).toContain("Frelsesarmeen");
    expect(fagdag?.confidence.level).not.toBe("high");
    expect(items.find((i) => i.startOn === "2027-02-09")?.issuer?.shortName).toBe("KOM");
  });

  it("reads a Nynorsk organisation of several words («Foreininga Fritt Val inviterer til …») as unknown", () => {
    const items = read(
      "Arrangement\n\nBarne-, ungdoms- og familiedirektoratet arrangerer nettverkssamling for krisesentra 4. mai 2027 i Tromsø.\n\nForeininga Fritt Val inviterer til fagdag om tvangsarbeid 11. mai 2027 på Litteraturhuset i Oslo.",
    );
    expect(items.map((i) => i.issuer?.shortName ?? null)).toEqual(["Bufdir", null]);
    expect(items[1].warnings.join(" ")).toContain("Foreininga Fritt Val");
  });

  it("keeps an invitation that names no body from taking the hearing's issuer before it", () => {
    const items = read(
      "Nytt fra departementene\n\nHelse- og omsorgsdepartementet har sendt på høring forslag om endringer i pasientjournalloven. Høringsfrist er 3. mars 2027.\n\nInvitasjon til webinar om tvangsarbeid 12. mars 2027 kl. 10.00, Zoom. Påmelding innen 5. mars.",
    );
    expect(items.find((i) => i.kind === "HEARING")?.issuer?.shortName).toBe("HOD");
    expect(items.find((i) => i.kind === "SEMINAR")).toMatchObject({ issuer: null, isOnline: true, startOn: "2027-03-12" });
  });

  it("lets a paragraph that goes on about the one before («Påmeldingsfristen er …») borrow its issuer (trap)", () => {
    const items = read(
      "Kurs og konferansar\n\nKOM inviterer til fagsamling om arbeidsutnytting onsdag 10. februar 2027 i Trondheim.\n\nPåmeldingsfristen er 1. februar 2027.",
    );
    expect(items.map((i) => [i.kind, i.issuer?.shortName])).toEqual([
      ["SEMINAR", "KOM"],
      ["DEADLINE", "KOM"],
    ]);
  });

  it("reads «Instituttet holder seminar …» as a body named before, not an unknown one (trap)", () => {
    const items = read(
      "Seminar om arbeidsmigrasjon\n\nInstituttet holder seminar om arbeidsmigrasjon 12. februar 2027 kl. 12.00–14.00.\n\nHøringsfrist for innspill til rapporten er fredag 5. mars 2027.",
    );
    expect(items.map((i) => i.warnings)).toEqual([[], []]);
    expect(items.map((i) => i.title)).toEqual(["Seminar om arbeidsmigrasjon", "Seminar om arbeidsmigrasjon"]);
  });

  it("lets a paragraph that names a state, not an organisation, borrow the body before (trap)", () => {
    const items = read(
      "Nordisk samarbeid\n\nNordisk ministerråd har opprettet en arbeidsgruppe mot menneskehandel for de nordiske koordinatorene.\n\nIsland arrangerer et møte i arbeidsgruppen 14. april 2027 i Reykjavik.",
    );
    expect(items).toHaveLength(1);
    expect(items[0].issuer?.slug).toBe("nordisk-ministerrad");
    expect(items[0].warnings).toEqual([]);
  });
});

describe("an event's place and platform, read once", () => {
  it("takes the platform the event is held on out of its title («på Teams», «, Zoom»)", () => {
    const items = read(
      "Arrangementer\n\nKOM inviterer til nettverksmøte for partnerorganisasjonene tirsdag 9. februar 2027 kl. 12.00–14.00 på Teams.\n\nInvitasjon til webinar om tvangsarbeid 12. mars 2027 kl. 10.00, Zoom. Påmelding innen 5. mars.",
    );
    const events = items.filter((i) => i.kind === "SEMINAR");
    expect(events.map((e) => [e.title, e.isOnline, e.startTime])).toEqual([
      ["Nettverksmøte for partnerorganisasjonene", true, "12:00"],
      ["Webinar om tvangsarbeid", true, "10:00"],
    ]);
  });

  it("takes the place the event carries as its location out of its title, also a venue in a town", () => {
    const items = read(
      "Kommende arrangementer\n\nFrelsesarmeen arrangerer fagdag om menneskehandel 18. mars 2027 i Bergen.\n\nForeininga Fritt Val inviterer til fagdag om tvangsarbeid 11. mai 2027 på Litteraturhuset i Oslo.",
    );
    expect(items.map((i) => [i.title, i.location])).toEqual([
      ["Fagdag om menneskehandel", "Bergen"],
      ["Fagdag om tvangsarbeid", "Litteraturhuset i Oslo"],
    ]);
  });

  it("reads a Nynorsk invitation the same way", () => {
    const [item] = read("Kurs og samlingar\n\nKOM inviterer til fagsamling om arbeidsutnytting onsdag 10. februar 2027 i Trondheim.");
    expect(item).toMatchObject({ title: "Fagsamling om arbeidsutnytting", location: "Trondheim", issuer: { shortName: "KOM" } });
  });

  it("keeps a place in the title that is not where the event is held (trap)", () => {
    const [item] = read("Aktuelt\n\nKOM inviterer til webinar om menneskehandel i Norge 5. mai 2027 kl. 09.00 på Teams.");
    expect(item).toMatchObject({ title: "Webinar om menneskehandel i Norge", isOnline: true, location: null });
  });

  it("keeps a heading that names the event over its one paragraph as its title, place and all (trap)", () => {
    const [item] = read(
      "Nasjonal fagdag om arbeidsutnyttelse i Stavanger\n\nKOM arrangerer fagdagen 22. april 2027 i Stavanger, med innlegg fra politiet og Arbeidstilsynet.",
    );
    expect(item).toMatchObject({ title: "Nasjonal fagdag om arbeidsutnyttelse i Stavanger", location: "Stavanger" });
  });
});
