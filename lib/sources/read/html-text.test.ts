import { describe, expect, it } from "vitest";
import { decodeHtmlEntities, htmlToText } from "./html-text";

describe("HTML text", () => {
  it("decodes decimal, hex and named entities", () => {
    expect(decodeHtmlEntities("H&#248;ringsfrist H&#xF8;ring p&aring; &laquo;Barne- &amp; familie&raquo;")).toBe(
      "Høringsfrist Høring på «Barne- & familie»",
    );
  });

  it("keeps angle brackets in plain text when decoding", () => {
    expect(decodeHtmlEntities("a < b &amp;&amp; c > d")).toBe("a < b && c > d");
  });

  it("puts blocks on their own lines and drops scripts and styles", () => {
    const html = `<div><p><strong>Status:</strong> P&#229; h&#248;ring</p><script>var s = "<p>Status: feil</p>"</script>
      <style>p { color: red }</style><p>H&#248;ringsfrist:&nbsp;01.03.2027</p><ul><li>Kripos</li><li>UDI</li></ul></div>`;
    expect(htmlToText(html)).toBe("Status: På høring\nHøringsfrist: 01.03.2027\nKripos\nUDI");
  });
});
