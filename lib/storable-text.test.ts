import { describe, expect, it } from "vitest";
import { findUnstorableField, isStorableText } from "./storable-text";

describe("isStorableText", () => {
  it("refuses NUL and lone surrogates, and nothing else", () => {
    expect(isStorableText("Høring om endringer i utlendingsloven – «menneskehandel» 😀")).toBe(true);
    expect(isStorableText("Høring\u0000")).toBe(false);
    expect(isStorableText("halv \uD83D")).toBe(false);
    expect(isStorableText("\uDE00 halv")).toBe(false);
    expect(isStorableText("\uD83D\uDE00")).toBe(true);
  });
});

describe("findUnstorableField", () => {
  it("names the first field that holds such a text, however deep", () => {
    expect(findUnstorableField({ title: "Høring", note: "a\u0000b" })).toBe("note");
    expect(findUnstorableField({ rows: [{ title: "ok" }, { title: "x\uDC00" }] })).toBe("rows.1.title");
    expect(findUnstorableField("\u0000")).toBe("");
    expect(findUnstorableField({ title: "Høring", at: new Date(), count: 3, isOn: true, none: null })).toBeNull();
  });
});
