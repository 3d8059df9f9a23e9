import { afterEach, describe, expect, it } from "vitest";
import { SourceFormatError } from "./errors";
import { readStortingetHearings, readStortingetTime } from "./stortinget";
import { fixture } from "./test-fixtures";

const byKey = (xml: string) => new Map(readStortingetHearings(xml).map((entry) => [entry.key, entry]));

describe("readStortingetHearings: the export", () => {
  const hearings = byKey(fixture("stortinget/horinger-2026-2027.xml"));

  it("reads every hearing with the committee as issuer and Stortinget's attribution", () => {
    expect([...hearings.keys()]).toEqual(["10004811", "10004795", "10004830", "10004777", "10004702"]);
    for (const entry of hearings.values()) {
      expect(entry.kind).toBe("HEARING");
      expect(entry.attribution).toBe("Kilde: Stortinget");
      expect(entry.url).toBe(`https://www.stortinget.no/no/Hva-skjer-pa-Stortinget/Horing/horing/?h=${entry.key}`);
    }
  });

  it("gives a written hearing its innspillsfrist as deadline and no time or place", () => {
    expect(hearings.get("10004811")).toMatchObject({
      title: "Skriftlig høring i Justiskomiteen: Endringer i straffeloven (menneskehandel og utnytting)",
      reference: "Prop. 38 L (2026–2027)",
      issuerName: "Justiskomiteen",
      sentOn: "2026-11-27",
      deadline: "2027-01-08",
      startAt: null,
      location: null,
      statusText: "Planlagt",
      cancelled: false,
      reviewReason: null,
    });
  });

  it("gives an oral hearing the deadline to ask to speak, and its time and place", () => {
    const oral = hearings.get("10004795")!;
    expect(oral).toMatchObject({
      issuerName: "Arbeids- og sosialkomiteen",
      deadline: "2027-01-11",
      startOn: "2027-01-14",
      startAt: "2027-01-14T09:00:00+01:00",
      location: "Stortinget, Prinsens gate 26, møterom Skansen",
      reference: "Meld. St. 9 (2026–2027); Dokument 8:41 S (2026–2027)",
    });
    expect(oral.title).toContain("Handlingsplan mot arbeidslivskriminalitet; Representantforslag om styrket innsats");
    expect(oral.sourceText).toContain("Handlingsplan mot arbeidslivskriminalitet og sosial dumping 2027–2030");
  });

  it("reads a time after the switch to summer time with Oslo's summer offset", () => {
    expect(hearings.get("10004830")).toMatchObject({ deadline: "2027-03-29", startAt: "2027-04-01T10:30:00+02:00" });
  });

  it("cancels an Avlyst hearing and keeps a held one as it is", () => {
    expect(hearings.get("10004777")).toMatchObject({ cancelled: true, statusText: "Avlyst", reviewReason: null });
    expect(hearings.get("10004702")).toMatchObject({ cancelled: false, statusText: "Avholdt", deadline: "2026-10-26" });
  });
});

describe("readStortingetHearings: polls of the same export", () => {
  it("yields identical entries when only respons_dato_tid changed", () => {
    const first = readStortingetHearings(fixture("stortinget/horinger-2026-2027.xml"));
    const again = readStortingetHearings(fixture("stortinget/horinger-2026-2027-unchanged.xml"));
    expect(fixture("stortinget/horinger-2026-2027.xml")).not.toBe(fixture("stortinget/horinger-2026-2027-unchanged.xml"));
    expect(again).toEqual(first);
  });

  it("sees the moved deadline and nothing else", () => {
    const before = byKey(fixture("stortinget/horinger-2026-2027.xml"));
    const after = byKey(fixture("stortinget/horinger-2026-2027-deadline-moved.xml"));
    expect(after.get("10004811")!.deadline).toBe("2027-01-15");
    for (const key of ["10004795", "10004830", "10004777", "10004702"]) expect(after.get(key)).toEqual(before.get(key));
  });
});

describe("readStortingetHearings: edge cases", () => {
  const exportOf = (hearing: string) =>
    `<?xml version="1.0" encoding="utf-8"?><horinger_oversikt xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://data.stortinget.no"><horinger_liste>${hearing}</horinger_liste><sesjon_id>2026-2027</sesjon_id></horinger_oversikt>`;

  it("asks for review when no deadline is set yet (year 0001), and never dates it year 1", () => {
    const [entry] = readStortingetHearings(
      exportOf(
        `<horing><anmodningsfrist_dato_tid>0001-01-01T00:00:00</anmodningsfrist_dato_tid><horing_sak_info_liste /><horing_status>Planlagt</horing_status><horingstidspunkt_liste /><id>42</id><innspillsfrist>0001-01-01T00:00:00</innspillsfrist><komite><id>JUSTIS</id><navn>Justiskomiteen</navn></komite><publisert_dato>0001-01-01T00:00:00</publisert_dato><skriftlig>false</skriftlig></horing>`,
      ),
    );
    expect(entry).toMatchObject({ key: "42", deadline: null, sentOn: null, startAt: null, title: "Høring i Justiskomiteen: høring 42" });
    expect(entry.reviewReason).toMatch(/ikke satt frist/);
  });

  it("skips a record without an id and reads one with missing lists", () => {
    const entries = readStortingetHearings(
      exportOf(
        `<horing><horing_status>Planlagt</horing_status></horing><horing><id>7</id><innspillsfrist>2027-02-01T00:00:00</innspillsfrist><skriftlig>true</skriftlig></horing>`,
      ),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: "7",
      issuerName: null,
      reference: null,
      deadline: "2027-02-01",
      title: "Skriftlig høring i Stortinget: høring 7",
    });
  });

  it("throws SourceFormatError for other documents", () => {
    expect(() => readStortingetHearings("<html><body>Service Unavailable</body></html>")).toThrow(SourceFormatError);
    expect(() => readStortingetHearings("Service Unavailable")).toThrow(SourceFormatError);
  });
});

describe("readStortingetTime", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("reads Oslo wall-clock times, UTC and offsets into Oslo days", () => {
    expect(readStortingetTime("2027-01-08T00:00:00")).toEqual({ date: "2027-01-08", instant: "2027-01-08T00:00:00+01:00" });
    expect(readStortingetTime("2027-01-07T23:30:00Z")).toEqual({ date: "2027-01-08", instant: "2027-01-08T00:30:00+01:00" });
    expect(readStortingetTime("2027-06-30T22:15:00.123+00:00")?.date).toBe("2027-07-01");
    expect(readStortingetTime("2027-10-31T12:00:00")?.instant).toBe("2027-10-31T12:00:00+01:00");
  });

  it("reads the same answers whatever the server's time zone", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(new Date(2027, 0, 8).getTimezoneOffset()).toBe(480);
    expect(readStortingetTime("2027-01-08T00:00:00")).toEqual({ date: "2027-01-08", instant: "2027-01-08T00:00:00+01:00" });
  });

  it("treats year 0001, empty and malformed values as not set", () => {
    for (const value of [
      "0001-01-01T00:00:00",
      "0001-01-01T00:00:00+01:00",
      "",
      "i morgen",
      "2027-02-30T10:00:00",
      "2027-01-08T25:00:00",
      null,
    ]) {
      expect(readStortingetTime(value), String(value)).toBeNull();
    }
  });
});
