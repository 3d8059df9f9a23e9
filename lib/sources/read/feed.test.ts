import { describe, expect, it } from "vitest";
import { SourceFormatError } from "./errors";
import { readFeedItems } from "./feed";
import { fixture } from "./test-fixtures";

describe("readFeedItems: regjeringen.no's hearings RSS", () => {
  const items = readFeedItems(fixture("regjeringen/hearings-rss.xml"));

  it("reads every entry in order, with entities decoded and utm_* dropped", () => {
    expect(items).toHaveLength(5);
    expect(items[0]).toEqual({
      key: "https://www.regjeringen.no/id3201234/",
      title: "Høring – forslag til endringer i straffeloven og straffeprosessloven om menneskehandel",
      text: "Justis- og beredskapsdepartementet sender på høring forslag om et tydeligere vern mot menneskehandel og utnytting i arbeidslivet.",
      url: "https://www.regjeringen.no/no/dokumenter/horing-forslag-til-endringer-i-straffeloven-og-straffeprosessloven-om-menneskehandel/id3201234/",
      publishedAt: "2026-12-01T10:30:00.000Z",
      updatedAt: null,
    });
    for (const item of items) expect(item.url).not.toMatch(/utm_/);
  });

  it("strips markup from a CDATA description and decodes the HTML entities inside it", () => {
    expect(items[2].text).toBe("Barne- og familiedepartementet sender NOU 2026: 9 på høring.");
  });

  it("sees the later feed's new entry and misses the one that left the window", () => {
    const later = readFeedItems(fixture("regjeringen/hearings-rss-later.xml")).map((item) => item.key);
    expect(later[0]).toBe("https://www.regjeringen.no/id3206001/");
    expect(later).not.toContain("https://www.regjeringen.no/id3187654/");
  });
});

describe("readFeedItems: a partner's news", () => {
  it("reads RSS 2.0 with content:encoded, without scripts, and a bad pubDate as null", () => {
    const items = readFeedItems(fixture("news/partner-news.rss.xml"));
    expect(items.map((item) => item.title)).toEqual([
      "Invitasjon: Seminar om utnytting i arbeidslivet 4. februar",
      "Høring om ny handlingsplan mot menneskehandel – send oss innspill",
      "Årsrapporten for 2025 er klar",
      "Ny daglig leder i nettverket",
    ]);
    expect(items[0].text).toContain("torsdag 4. februar 2027 kl. 09.00–12.00 på Litteraturhuset i Oslo.");
    expect(items[0].text).not.toContain("trackEvent");
    expect(items[0].text).not.toContain("<");
    expect(items[0].publishedAt).toBe("2026-12-01T13:00:00.000Z");
    expect(items[1].text).toContain("innen 1. februar & sender");
    // No guid: the link is the key. An escaped <p> in the description is markup, not text.
    expect(items[3]).toMatchObject({ key: "https://nettverket.example.no/2026/05/ny-daglig-leder/", publishedAt: null });
    expect(items[3].text).toBe("Vi ønsker Ingrid Berg velkommen som daglig leder fra 1. august.");
  });

  it("reads Atom: escaped HTML, XHTML and CDATA content, the alternate link, published and updated", () => {
    const items = readFeedItems(fixture("news/partner-news.atom.xml"));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      key: "tag:tryggchavn.example.no,2026:aktuelt/812",
      title: "Webinar: Barn som utnyttes – hva gjør vi?",
      url: "https://tryggchavn.example.no/aktuelt/webinar-barn-som-utnyttes?ref=forside",
      publishedAt: "2026-12-02T07:15:00.000Z",
    });
    expect(items[0].text).toBe(
      "Vi arrangerer et digitalt webinar om barn som utnyttes til kriminalitet, onsdag 20. januar 2027 kl. 13.00–14.00 på Zoom.\nPåmelding innen 15. januar.",
    );
    expect(items[1].text).toContain("med frist 18. desember 2026. Her er vårt svar.");
    expect(items[1].publishedAt).toBe("2026-11-20T12:00:00.000Z");
    expect(items[2].url).toBe("https://tryggchavn.example.no/aktuelt/vi-flytter");
    expect(items[2].text).toBe("Fra 1. november holder vi til i Storgata 10.");
  });
});

describe("readFeedItems: edge cases", () => {
  const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;

  it("reads RFC 822 dates with named zones and rejects what is not a date", () => {
    const items = readFeedItems(
      rss(`<item><title>a</title><link>https://a.example/1</link><pubDate>Sun, 28 Mar 2027 03:30:00 CEST</pubDate></item>
           <item><title>b</title><link>https://a.example/2</link><pubDate>Mon, 1 Feb 2027 09:00 GMT</pubDate></item>
           <item><title>c</title><link>https://a.example/3</link><pubDate>32.13.2027</pubDate></item>`),
    );
    expect(items.map((item) => item.publishedAt)).toEqual(["2027-03-28T01:30:00.000Z", "2027-02-01T09:00:00.000Z", null]);
  });

  it("skips entries with nothing to read and keys a link-less entry by its guid or title", () => {
    const items = readFeedItems(
      rss(`<item></item><item><guid>abc-1</guid><title>Med guid</title></item><item><title>Bare tittel</title></item>`),
    );
    expect(items.map((item) => [item.key, item.url])).toEqual([
      ["abc-1", null],
      ["title:Bare tittel", null],
    ]);
  });

  it("uses a permalink guid as the link when there is no <link>", () => {
    const [item] = readFeedItems(rss(`<item><title>x</title><guid>https://a.example/sak?utm_medium=rss</guid></item>`));
    expect(item.url).toBe("https://a.example/sak");
  });

  it("prefers RSS's own <link> to an <atom:link> in the item, and reads HTML entities XML does not know", () => {
    const [item] = readFeedItems(
      rss(
        `<item><atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" href="https://a.example/feed"/><title>Kurs&nbsp;i&nbsp;Bod&oslash;</title><link>https://a.example/kurs</link></item>`,
      ),
    );
    expect(item).toMatchObject({ title: "Kurs i Bodø", url: "https://a.example/kurs" });
  });

  it("reads an empty feed as no items", () => {
    expect(readFeedItems(rss(""))).toEqual([]);
    expect(readFeedItems(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>`)).toEqual([]);
  });

  it("throws SourceFormatError for documents that are not feeds", () => {
    expect(() => readFeedItems("<!DOCTYPE html><html><body>Feil 404</body></html>")).toThrow(SourceFormatError);
    expect(() => readFeedItems('{"items": []}')).toThrow(SourceFormatError);
    expect(() => readFeedItems("")).toThrow(SourceFormatError);
  });
});
