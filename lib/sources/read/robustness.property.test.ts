// Whatever a server sends (a cut-off download, a stray byte, an error page), a reader returns
// what it could read or throws SourceFormatError: never another exception that would stop a poll.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCalendarEntries } from "./calendar";
import { SourceFormatError } from "./errors";
import { readFeedItems } from "./feed";
import { readRegjeringenPage } from "./regjeringen-page";
import { readStortingetHearings } from "./stortinget";
import { fixture } from "./test-fixtures";

type Reader = (text: string) => unknown;

const READERS: [string, string, Reader][] = [
  ["feed (RSS)", "news/partner-news.rss.xml", readFeedItems],
  ["feed (Atom)", "news/partner-news.atom.xml", readFeedItems],
  [
    "regjeringen.no page",
    "regjeringen/hearing-open-id3201234.html",
    (html) => readRegjeringenPage(html, "https://www.regjeringen.no/x/id3201234/"),
  ],
  ["Stortinget export", "stortinget/horinger-2026-2027.xml", readStortingetHearings],
  ["calendar", "calendar/partner-courses.ics", readCalendarEntries],
];

function readsOrRefuses(read: Reader, text: string): void {
  try {
    const result = read(text);
    expect(result).toBeDefined();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceFormatError);
  }
}

describe.each(READERS)("the %s reader on damaged input", (_name, file, read) => {
  const original = fixture(file);

  it("survives the document cut off anywhere", () => {
    fc.assert(
      fc.property(fc.nat({ max: original.length }), (end) => readsOrRefuses(read, original.slice(0, end))),
      { numRuns: 100 },
    );
  });

  it("survives text spliced in anywhere", () => {
    fc.assert(
      fc.property(fc.nat({ max: original.length }), fc.string({ unit: "binary", maxLength: 40 }), (at, junk) =>
        readsOrRefuses(read, original.slice(0, at) + junk + original.slice(at)),
      ),
      { numRuns: 100 },
    );
  });

  it("survives arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => readsOrRefuses(read, text)),
      { numRuns: 100 },
    );
  });
});
