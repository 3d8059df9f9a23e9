import { describe, expect, it } from "vitest";
import { SourceFormatError } from "./errors";
import { readRegjeringenPage, regjeringenPageId } from "./regjeringen-page";
import { fixture } from "./test-fixtures";

const FEED_LINK =
  "https://www.regjeringen.no/no/dokumenter/horing-forslag-til-endringer-i-straffeloven-og-straffeprosessloven-om-menneskehandel/id3201234/?utm_source=regjeringen.no&utm_medium=rss&utm_campaign=horinger";

function page(name: string, url = `https://www.regjeringen.no/no/dokumenter/side/${/id\d+/.exec(name)![0]}/`) {
  return readRegjeringenPage(fixture(`regjeringen/${name}`), url);
}

describe("readRegjeringenPage: an open hearing", () => {
  const entry = readRegjeringenPage(fixture("regjeringen/hearing-open-id3201234.html"), FEED_LINK);

  it("reads the labels, the ministry, the dates and the reference", () => {
    expect(entry).toMatchObject({
      key: "id3201234",
      kind: "HEARING",
      title: "Høring – forslag til endringer i straffeloven og straffeprosessloven om menneskehandel",
      reference: "26/4471",
      issuerName: "Justis- og beredskapsdepartementet",
      sentOn: "2026-12-01",
      deadline: "2027-03-01",
      statusText: "På høring",
      cancelled: false,
      reviewReason: null,
      attribution: null,
      url: "https://www.regjeringen.no/no/dokumenter/horing-forslag-til-endringer-i-straffeloven-og-straffeprosessloven-om-menneskehandel/id3201234/",
      summary:
        "Departementet foreslår et tydeligere vern mot menneskehandel og utnytting i arbeidslivet, og bedre rettigheter for ofre som vitner.",
    });
  });

  it("lists the høringsinstanser, entities decoded", () => {
    expect(entry.consultees).toHaveLength(23);
    expect(entry.consultees).toContain("Nasjonal koordineringsenhet for ofre for menneskehandel (KOM)");
    expect(entry.consultees).toContain("Solberg & Hansen AS");
  });

  it("keeps the page's text for editors, without scripts or navigation", () => {
    expect(entry.sourceText).toContain("Høringsfrist: 01.03.2027");
    expect(entry.sourceText).toContain("Fristen for å gi innspill er 1. mars 2027.");
    expect(entry.sourceText).not.toContain("ikke dette");
    expect(entry.sourceText).not.toContain("English home page");
  });
});

describe("readRegjeringenPage: changes and states", () => {
  it("reads the extended deadline from the label, not the old date in the letter", () => {
    const entry = page("hearing-deadline-extended-id3201234.html");
    expect(entry.key).toBe("id3201234");
    expect(entry.deadline).toBe("2027-03-15");
    expect(entry.reviewReason).toBeNull();
  });

  it("keeps each status word as written", () => {
    expect(page("hearing-under-behandling-id3198765.html")).toMatchObject({
      statusText: "Under behandling",
      deadline: "2026-12-18",
      reference: "26/3310-4",
      issuerName: "Arbeids- og inkluderingsdepartementet",
      cancelled: false,
    });
    expect(page("hearing-ferdigbehandlet-id3187654.html")).toMatchObject({
      statusText: "Ferdigbehandlet",
      deadline: "2026-09-10",
      cancelled: false,
    });
  });

  it("marks a withdrawn hearing cancelled", () => {
    expect(page("hearing-cancelled-id3205555.html")).toMatchObject({ cancelled: true, statusText: "På høring", deadline: "2027-03-01" });
  });

  it("never invents a deadline for an empty label", () => {
    const entry = page("hearing-empty-deadline-id2354321.html");
    expect(entry.deadline).toBeNull();
    expect(entry.reviewReason).toBe("Høringsfristen står tom på siden.");
    expect(entry.sentOn).toBe("2014-03-14");
    expect(entry.consultees).toEqual(["Politidirektoratet", "UDI", "UNE", "NOAS", "ROSA-prosjektet"]);
  });

  it("reads the deadline from the letter's sentence when the label is missing", () => {
    const entry = page("hearing-deadline-in-sentence-id2541234.html");
    expect(entry).toMatchObject({ deadline: "2017-05-02", reviewReason: null, reference: "17/412", sentOn: "2017-02-02" });
  });

  it("asks for review when the layout is not recognised", () => {
    const entry = page("layout-changed-id3209999.html");
    expect(entry).toMatchObject({
      key: "id3209999",
      title: "Høring – digital samhandling i barnevernet",
      deadline: null,
      statusText: null,
    });
    expect(entry.reviewReason).toMatch(/kjenner igjen/);
  });
});

describe("readRegjeringenPage: edge cases", () => {
  const shell = (
    meta: string,
    body = "",
  ) => `<!DOCTYPE html><html><head><meta property="og:url" content="https://www.regjeringen.no/no/dokumenter/x/id3300001/"></head>
    <body><main><h1>H&#248;ring om noe</h1>${meta}${body}</main></body></html>`;

  it("reads Nynorsk labels and a deadline written in words", () => {
    const entry = readRegjeringenPage(
      shell("<p><strong>Status:</strong> P&#229; h&#248;yring</p><p><strong>H&#248;yringsfrist:</strong> 1. februar 2027</p>"),
      "https://www.regjeringen.no/nn/dokument/x/id3300001/",
    );
    expect(entry).toMatchObject({ statusText: "På høyring", deadline: "2027-02-01", reviewReason: null });
  });

  it("cancels on an Avlyst status or title, and takes the word out of the title", () => {
    const byStatus = readRegjeringenPage(
      shell("<p><strong>Status:</strong> Avlyst</p><p><strong>Høringsfrist:</strong> 01.02.2027</p>"),
      "https://www.regjeringen.no/x/id3300001/",
    );
    expect(byStatus).toMatchObject({ cancelled: true, statusText: "Avlyst", deadline: "2027-02-01" });
    const byTitle = readRegjeringenPage(
      shell("<p>Status: På høring</p><p>Høringsfrist: 01.02.2027</p>").replace("H&#248;ring om noe", "AVLYST: H&#248;ring om noe"),
      "https://www.regjeringen.no/x/id3300001/",
    );
    expect(byTitle).toMatchObject({ cancelled: true, title: "Høring om noe" });
    const open = readRegjeringenPage(
      shell("<p>Status: På høring</p><p>Høringsfrist: 01.02.2027</p><p>Møtet i mars er avlyst.</p>"),
      "https://www.regjeringen.no/x/id3300001/",
    );
    expect(open.cancelled).toBe(false);
  });

  it("asks for review when the label holds something that is not a date", () => {
    const entry = readRegjeringenPage(
      shell("<p><strong>Status:</strong> På høring</p><p><strong>Høringsfrist:</strong> snarest</p>"),
      "https://www.regjeringen.no/x/id3300001/",
    );
    expect(entry.deadline).toBeNull();
    expect(entry.reviewReason).toBe("Høringsfristen «snarest» er ikke en dato Fristvakt kan lese.");
  });

  it("does not take an impossible date", () => {
    const entry = readRegjeringenPage(
      shell("<p>Status: På høring</p><p>Høringsfrist: 31.02.2027</p>"),
      "https://www.regjeringen.no/x/id3300001/",
    );
    expect(entry.deadline).toBeNull();
    expect(entry.reviewReason).not.toBeNull();
  });

  it("takes the key from the page when the address has none, and says when neither has one", () => {
    expect(readRegjeringenPage(shell("<p>Status: På høring</p>"), "https://www.regjeringen.no/horing").key).toBe("id3300001");
    const bare = readRegjeringenPage(
      "<html><body><h1>Høring</h1><p>Status: På høring</p><p>Høringsfrist: 01.02.2027</p></body></html>",
      "https://example.org/horing?utm_source=x",
    );
    expect(bare.key).toBe("https://example.org/horing");
    expect(bare.reviewReason).toMatch(/side-id/);
  });

  it("throws SourceFormatError for a document that is not HTML", () => {
    expect(() => readRegjeringenPage('{"error":"not found"}', "https://www.regjeringen.no/x/id1/")).toThrow(SourceFormatError);
    expect(() => readRegjeringenPage("%PDF-1.7 ...", "https://www.regjeringen.no/x/id1/")).toThrow(SourceFormatError);
  });
});

describe("regjeringenPageId", () => {
  it("takes the last id of the path, ignoring the query", () => {
    expect(regjeringenPageId(FEED_LINK)).toBe("id3201234");
    expect(regjeringenPageId("https://www.regjeringen.no/no/dep/jd/id463/horing/id3201234")).toBe("id3201234");
    expect(regjeringenPageId("https://www.regjeringen.no/no/sok/?term=id3201234")).toBeNull();
    expect(regjeringenPageId(null)).toBeNull();
  });
});
