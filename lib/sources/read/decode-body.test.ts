import { describe, expect, it } from "vitest";
import { decodeBody } from "./decode-body";

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeBody", () => {
  it("reads UTF-8 by default, with or without a byte-order mark", () => {
    expect(decodeBody(utf8("<rss>Høring</rss>"))).toBe("<rss>Høring</rss>");
    expect(decodeBody(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("<rss>Høring</rss>")]), "text/xml; charset=iso-8859-1")).toBe(
      "<rss>Høring</rss>",
    );
  });

  it("follows the Content-Type header's charset", () => {
    expect(decodeBody(latin1("<rss>Høring på Bodø</rss>"), "application/rss+xml; charset=ISO-8859-1")).toBe("<rss>Høring på Bodø</rss>");
    expect(decodeBody(latin1("Høring"), 'text/html; charset="windows-1252"')).toBe("Høring");
  });

  it("follows the XML declaration or the page's meta charset when the header says nothing", () => {
    expect(decodeBody(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Ærlig</rss>'), "text/xml")).toBe(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss>Ærlig</rss>',
    );
    expect(decodeBody(latin1('<html><head><meta charset="windows-1252"></head><body>Østfold</body></html>'), null)).toContain("Østfold");
    expect(decodeBody(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Sør</p>'))).toContain("Sør");
  });

  it("falls back to UTF-8 for an unknown charset", () => {
    expect(decodeBody(utf8("Høring"), "text/xml; charset=x-unknown")).toBe("Høring");
  });
});
