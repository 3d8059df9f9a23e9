import { describe, expect, it } from "vitest";
import { cleanLine, escapeText, formatDateValue, formatUtcDateTime, uriOrNull } from "./ical-text";

describe("TEXT values", () => {
  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("én\r\nto\rtre\nfire")).toBe("én\\nto\\ntre\\nfire");
    expect(escapeText("SUMMARY:x\r\nATTENDEE:mailto:a@b.no")).toBe("SUMMARY:x\\nATTENDEE:mailto:a@b.no");
  });

  it("drops control characters, turns tabs into spaces and mends lone surrogates", () => {
    expect(escapeText("a\u0000b\u0007c\u001bd\u007fe\tf")).toBe("abcde f");
    expect(escapeText("x\ud83dy")).toBe("x\ufffdy");
    expect(escapeText("ok 😀")).toBe("ok 😀");
  });

  it("keeps one-line fields on one line", () => {
    expect(cleanLine("  Høring om\r\n\r\n  barn \n")).toBe("Høring om barn");
  });
});

describe("dates and URIs", () => {
  it("writes dates and UTC date-times", () => {
    expect(formatDateValue("2025-01-17")).toBe("20250117");
    expect(formatUtcDateTime(new Date("2025-03-30T01:05:09.999+01:00"))).toBe("20250330T000509Z");
  });

  it("accepts only absolute http(s) URLs", () => {
    expect(uriOrNull("https://example.no/a b")).toBe("https://example.no/a%20b");
    expect(uriOrNull("javascript:alert(1)")).toBeNull();
    expect(uriOrNull("not a url")).toBeNull();
    expect(uriOrNull("https://example.no/x\r\nATTENDEE:y")).not.toMatch(/[\r\n]/);
  });
});
