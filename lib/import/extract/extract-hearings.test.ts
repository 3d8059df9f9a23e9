import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";

const Q4_2024 = "Nyhetsbrev oktober–desember 2024\n\n";
const only = (text: string, options = {}) => {
  const { items } = extractItems(text, options);
  expect(items, text).toHaveLength(1);
  return items[0];
};

describe("hearings", () => {
  it("pairs «sendte … på høring» with the «Høringsfrist er» that follows", () => {
    const item = only(
      `${Q4_2024}Skjermbrukutvalgets utredning på høring\n\nKunnskapsdepartementet sendte \n11. november på høring NOU \n2024: 20 "Det digitale (i) livet. Balansert oppvekst", se her. \n\nHøringsfrist er 11. februar.`,
    );
    expect(item).toMatchObject({
      kind: "HEARING",
      title: "NOU 2024:20 Det digitale (i) livet. Balansert oppvekst",
      reference: "NOU 2024:20",
      issuer: { slug: "kd", shortName: "KD" },
      sentOn: "2024-11-11",
      deadline: "2025-02-11",
    });
  });

  it("reads «Høringsfrist var» and takes the title from the heading", () => {
    const item = only(
      `${Q4_2024}Høring – forslag om å avvikle au pair-ordningen\n\nJD sendte 29. oktober på høring forslag til endringer i utlendingsloven, se her. Høringsfrist var 15. desember.`,
    );
    expect(item).toMatchObject({ title: "Forslag om å avvikle au pair-ordningen", sentOn: "2024-10-29", deadline: "2024-12-15" });
  });

  it("reads Nynorsk «høyring» and «høyringsfristen»", () => {
    const item = only(
      `${Q4_2024}Helse- og omsorgsdepartementet sende 2. desember på høyring forslag til ny lov. Høyringsfristen er 3. mars.`,
    );
    expect(item).toMatchObject({ kind: "HEARING", issuer: { slug: "hod" }, sentOn: "2024-12-02", deadline: "2025-03-03" });
  });

  it("reads a høringsfrist in the sent sentence itself", () => {
    const item = only(`${Q4_2024}AID sendte 1. november på høring forslag til ny forskrift, med høringsfrist 1. februar.`);
    expect(item).toMatchObject({ sentOn: "2024-11-01", deadline: "2025-02-01", issuer: { slug: "aid" } });
  });

  it("takes the sent date, not the date the report was handed over", () => {
    const item = only(
      'januar–mars 2023\n\nUtredningen NOU 2022:18 "Mellom mobilitet og migrasjon" ble overlevert AID 13. desember 2022 og ble sendt på høring 19. januar, se her. Høringsfrist er 19. april.',
    );
    expect(item).toMatchObject({ sentOn: "2023-01-19", deadline: "2023-04-19", reference: "NOU 2022:18", issuer: { slug: "aid" } });
  });

  it("never takes the date of a law for the sent date", () => {
    const item = only(`${Q4_2024}JD sendte 6. desember på høring endringer i lov 20. juni 2008 nr. 42. Høringsfrist er 1. april.`);
    expect(item).toMatchObject({ sentOn: "2024-12-06", deadline: "2025-04-01" });
  });

  it("keeps a deadline after its sent date and a sent date before publication", () => {
    const late = only("JD sendte 1. desember på høring et forslag. Høringsfrist er 1. september.", { asOf: "2024-12-15" });
    expect(late).toMatchObject({ sentOn: "2024-12-01", deadline: "2025-09-01" });
    const early = only("Nyhetsbrev juli–september 2024\n\nJD sendte 20. juni på høring et forslag. Høringsfrist er 20. september.");
    expect(early).toMatchObject({ sentOn: "2024-06-20", deadline: "2024-09-20" });
  });

  it("takes a sent sentence that follows the høringsfrist in its paragraph", () => {
    const item = only(
      "april–juni 2025\n\nHøring om barnevernsloven\n\nHøringen har frist 1. september. BFD sendte forslaget på høring 2. mai.",
    );
    expect(item).toMatchObject({
      title: "Høring om barnevernsloven",
      issuer: { slug: "bfd" },
      sentOn: "2025-05-02",
      deadline: "2025-09-01",
    });
  });

  it("makes a høringsfrist without a sent sentence a hearing without a sent date", () => {
    expect(only(`${Q4_2024}Forslaget er på høring. Høringsfrist er 17. januar.`)).toMatchObject({
      kind: "HEARING",
      sentOn: null,
      deadline: "2025-01-17",
    });
  });

  it("makes nothing of a hearing without a høringsfrist", () => {
    expect(extractItems(`${Q4_2024}JD sendte 6. desember på høring forslag til endringer.`).items).toEqual([]);
  });
});

describe("invitations to give input", () => {
  it("reads «frist for innspill» in the same sentence", () => {
    const item = only(
      `${Q4_2024}Justis- og beredskapsdepartementet inviterer til å gi innspill til handlingsplanen, og frist for innspill er 1. mars.`,
    );
    expect(item).toMatchObject({ kind: "STRATEGY_INPUT", issuer: { slug: "jd" }, deadline: "2025-03-01" });
  });

  it("reads «Fristen var» in the next sentence and the invitation's own name", () => {
    const item = only(
      `${Q4_2024}Verdt å merke seg – strategi i JD\n\nDet ble invitert til å gi innspill til strategien, se Invitasjon til innspill: Strategi mot menneskehandel. Fristen var 31. oktober 2024.`,
    );
    expect(item).toMatchObject({
      title: "Invitasjon til innspill: Strategi mot menneskehandel",
      issuer: { slug: "jd" },
      deadline: "2024-10-31",
    });
  });

  it("reads Nynorsk «innspel»", () => {
    const item = only(`${Q4_2024}KDD ber om innspel til ny plan. Fristen er 15. januar.`);
    expect(item).toMatchObject({ kind: "STRATEGY_INPUT", issuer: { slug: "kdd" }, deadline: "2025-01-15" });
  });

  it("does not take input already gathered, or a meeting for input, as an invitation", () => {
    const { items } = extractItems(`${Q4_2024}Departementene har innhentet innspill fra direktoratene. Fristen var 1. oktober.`);
    expect(items.filter((i) => i.kind === "STRATEGY_INPUT")).toEqual([]);
    expect(only(`${Q4_2024}KOM ble invitert til innspillsmøte 24. oktober med JD.`).kind).toBe("SEMINAR");
  });
});
