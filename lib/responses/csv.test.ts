import { describe, expect, it } from "vitest";
import type { ItemView } from "../model/item";
import { escapeCsvField, responsesCsvFileName, toCsv, toResponsesCsv } from "./csv";
import type { ItemWithResponse } from "./types";

const item = (patch: Partial<ItemView> = {}): ItemView => ({
  id: "i1",
  kind: "HEARING",
  title: "Høring om endringer i utlendingsloven",
  reference: "NOU 2024:17",
  summary: null,
  url: null,
  location: null,
  isOnline: false,
  sentOn: null,
  deadline: "2025-01-17",
  startOn: null,
  endOn: null,
  startAt: null,
  endAt: null,
  cancelledAt: null,
  cancelReason: null,
  actor: { slug: "jd", shortName: "JD", name: "Justis- og beredskapsdepartementet" },
  topics: [],
  source: null,
  sourceExcerpt: null,
  version: 0,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...patch,
});

const entry: ItemWithResponse = {
  item: item(),
  response: {
    id: "r1",
    itemId: "i1",
    status: "ANSWERED",
    answeredOn: "2025-01-15",
    answerUrl: "https://example.org/svar?a=1;b=2",
    note: 'Sendt av "Kari"; se vedlegg\nlinje to',
    internalDeadline: "2025-01-10",
    version: 2,
    updatedAt: new Date("2025-01-15T23:30:00Z"),
    updatedByName: "Kari Ærlig",
    responsibleUserId: null,
    responsibleName: null,
  },
};

describe("responses CSV", () => {
  it("starts with a byte order mark and ends every line with CRLF", () => {
    const csv = toResponsesCsv([entry]);
    expect(csv.startsWith("\uFEFFTittel;Type;Aktør;")).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes fields with quotes, separators and line breaks, doubling the quotes", () => {
    const csv = toResponsesCsv([entry]);
    const row = csv.split("\r\n")[1] + "\r\n" + csv.split("\r\n")[2];
    expect(row).toBe(
      "Høring om endringer i utlendingsloven;Høring;JD;NOU 2024:17;2025-01-17;Besvart;2025-01-15;" +
        '"https://example.org/svar?a=1;b=2";"Sendt av ""Kari""; se vedlegg\nlinje to";2025-01-10;Kari Ærlig;2025-01-16\r\n',
    );
  });

  it("quotes for the separator in use, in English too", () => {
    const csv = toResponsesCsv([entry], { separator: ",", locale: "en" });
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFTitle,Kind,Actor,Reference,Deadline,Status,Answered on,Answer link,Note,Internal deadline,Last changed by,Last changed",
    );
    expect(csv).toContain(",Hearing,JD,NOU 2024:17,2025-01-17,Answered,2025-01-15,https://example.org/svar?a=1;b=2,");
    expect(escapeCsvField("a,b", ",")).toBe('"a,b"');
    expect(escapeCsvField("a,b", ";")).toBe("a,b");
  });

  it("keeps text that looks like a formula from running in a spreadsheet", () => {
    expect(escapeCsvField('=HYPERLINK("http://x")', ";")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(escapeCsvField("+47 22 00 00 00", ";")).toBe("'+47 22 00 00 00");
    expect(escapeCsvField("@SUM(A1)", ";")).toBe("'@SUM(A1)");
    expect(escapeCsvField(" leading space", ";")).toBe('" leading space"');
  });

  it("writes empty cells for missing values and skips items without a response", () => {
    expect(toCsv([["a", null, ""]])).toBe("\uFEFFa;;\r\n");
    expect(toResponsesCsv([{ item: item(), response: null }]).split("\r\n")).toHaveLength(2);
    expect(responsesCsvFileName("alfa", new Date("2025-01-10T23:30:00Z"))).toBe("fristvakt-svar-alfa-2025-01-11.csv");
  });
});
