import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";

const TODAY = { today: "2026-12-03" };
const read = (text: string) => extractItems(text, TODAY).items;
const hearings = (text: string) =>
  read(text)
    .filter((i) => i.kind === "HEARING")
    .map((i) => [i.title, i.issuer?.shortName ?? null, i.deadline]);

describe("a sentence saying something is on hearing, then a plain deadline", () => {
  it("reads «har på høring et forslag …. Frist 1. mai 2027.»", () => {
    const [item] = read(
      "Barne- og familiedepartementet har på høring et forslag om nye regler for omsorgssentre for enslige mindreårige asylsøkere under 15 år. Frist 1. mai 2027.",
    );
    expect(item).toMatchObject({
      kind: "HEARING",
      title: "Forslag om nye regler for omsorgssentre for enslige mindreårige asylsøkere under 15 år",
      deadline: "2027-05-01",
    });
    expect(item.issuer?.shortName).toBe("BFD");
  });

  it("reads «har sendt … på høring» with «Frist …» after it", () => {
    expect(
      hearings(
        "Arbeids- og inkluderingsdepartementet har sendt et forslag om skjerpede krav til bemanningsforetak på høring. Frist 14. april 2027.",
      ),
    ).toEqual([["Forslag om skjerpede krav til bemanningsforetak", "AID", "2027-04-14"]]);
  });

  it("reads «har sendt ut … til høring» with «Fristen er …»", () => {
    expect(
      hearings(
        "Justis- og beredskapsdepartementet har sendt ut et utkast til endringer i straffeprosessloven til høring. Fristen er 15. mars 2027.",
      ),
    ).toEqual([["Utkast til endringer i straffeprosessloven", "JD", "2027-03-15"]]);
  });

  it("reads «sender … på høring, med frist …» in one sentence", () => {
    expect(
      hearings(
        "Helse- og omsorgsdepartementet sender en veileder om helsehjelp til ofre for menneskehandel på høring, med frist 10. februar 2027.",
      ),
    ).toEqual([["Veileder om helsehjelp til ofre for menneskehandel", "HOD", "2027-02-10"]]);
  });

  it("reads «innen …» in the hearing's paragraph as its deadline", () => {
    expect(
      hearings(
        "Justis- og beredskapsdepartementet har på høring et forslag om endringer i reglene om voldsoffererstatning. Uttalelser sendes departementet innen 12. mars 2027.",
      ),
    ).toEqual([["Forslag om endringer i reglene om voldsoffererstatning", "JD", "2027-03-12"]]);
  });

  it("reads «… er på høring. Fristen er …» with the thing named before", () => {
    expect(hearings("Forslaget om nye regler for tolketjenester i politiet er på høring. Fristen er 1. april 2027.")).toEqual([
      ["Forslaget om nye regler for tolketjenester i politiet", null, "2027-04-01"],
    ]);
  });

  it("reads «… er sendt på høring. Frist …» with the thing named before", () => {
    expect(hearings("Utkastet til ny veileder for barnehusene er sendt på høring. Frist 1. mai 2027.")).toEqual([
      ["Utkastet til ny veileder for barnehusene", null, "2027-05-01"],
    ]);
  });

  it("ends the title where «med frist …» begins in the same sentence", () => {
    expect(
      hearings(
        "Justis- og beredskapsdepartementet har på høring et forslag om endringer i straffeloven om tvangsarbeid med frist 1. mai 2027.",
      ),
    ).toEqual([["Forslag om endringer i straffeloven om tvangsarbeid", "JD", "2027-05-01"]]);
  });

  it("reads Nynorsk «har på høyring eit forslag …. Frist …»", () => {
    expect(
      hearings("Kommunal- og distriktsdepartementet har på høyring eit forslag om endringar i busetjingslova. Frist 20. april 2027."),
    ).toEqual([["Forslag om endringar i busetjingslova", "KDD", "2027-04-20"]]);
  });

  it("reads Nynorsk «har sendt … på høyring. Fristen er …»", () => {
    expect(
      hearings("Kunnskapsdepartementet har sendt eit framlegg om opplæring i asylmottak på høyring. Fristen er 2. juni 2027."),
    ).toEqual([["Framlegg om opplæring i asylmottak", "KD", "2027-06-02"]]);
  });

  it("gives each of two such paragraphs its own deadline", () => {
    expect(
      hearings(
        "Barne- og familiedepartementet har på høring et forslag om endringer i barnevernsloven. Frist 1. mai 2027.\n\nJustis- og beredskapsdepartementet har sendt ut et forslag om endringer i utlendingsloven til høring. Fristen er 15. juni 2027.",
      ),
    ).toEqual([
      ["Forslag om endringer i barnevernsloven", "BFD", "2027-05-01"],
      ["Forslag om endringer i utlendingsloven", "JD", "2027-06-15"],
    ]);
  });
});

describe("what is no hearing's deadline", () => {
  it("does not read a committee's hearing as a meeting as a hearing with a deadline", () => {
    expect(hearings("Justiskomiteen holdt høring 3. mars 2027 om forslaget til ny lov om politiregistre.")).toEqual([]);
  });

  it("does not take a «Frist» in another paragraph than the hearing's sentence", () => {
    expect(
      hearings(
        "Barne- og familiedepartementet har på høring et forslag om endringer i barnevernsloven.\n\nPåmelding til fagdagen om tvangsarbeid: frist 1. mars 2027.",
      ),
    ).toEqual([]);
  });

  it("does not read a registration deadline or a planned bill after a hearing's sentence as its deadline", () => {
    expect(
      hearings(
        "Barne- og familiedepartementet har på høring et forslag om endringer i barnevernsloven. Departementet tar sikte på å legge fram en proposisjon innen 1. desember 2027.",
      ),
    ).toEqual([]);
    expect(
      hearings(
        "Justis- og beredskapsdepartementet har på høring et forslag om endringer i straffeloven. KOM holder et møte om forslaget, frist for påmelding er 10. februar 2027.",
      ),
    ).toEqual([]);
  });

  it("keeps a title's first word when it is no article («Enslige …»)", () => {
    expect(
      hearings("Barne- og familiedepartementet har på høring enslige mindreårige asylsøkeres rett til omsorg i mottak. Frist 1. mai 2027."),
    ).toEqual([["Enslige mindreårige asylsøkeres rett til omsorg i mottak", "BFD", "2027-05-01"]]);
  });
});

describe("one thing told once", () => {
  it("reads «Innspill sendes innen …» after a hearing's sentence as the hearing's deadline, not a second item", () => {
    const items = read(
      "Justis- og beredskapsdepartementet har på høring et forslag om nye regler for tolketjenester i politiet. Innspill sendes innen 1. april 2027.",
    );
    expect(items.map((i) => [i.kind, i.title, i.deadline])).toEqual([
      ["HEARING", "Forslag om nye regler for tolketjenester i politiet", "2027-04-01"],
    ]);
  });
});
