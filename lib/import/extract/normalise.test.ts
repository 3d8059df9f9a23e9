import { describe, expect, it } from "vitest";
import { joinLines } from "./line-join";
import { normaliseNewsletter } from "./normalise";
import { splitSentences } from "./sentences";

const paragraphs = (raw: string) => normaliseNewsletter(raw).blocks.map((b) => `${b.kind === "heading" ? "# " : ""}${b.text}`);

describe("joining broken lines", () => {
  it("joins lines with a space and mends words split at the line end", () => {
    expect(joinLines(["Digitaliserings- og forvaltnings-", "departementet sendte 16. oktober på ", "høring NOU 2024:17"])).toBe(
      "Digitaliserings- og forvaltningsdepartementet sendte 16. oktober på høring NOU 2024:17",
    );
  });

  it("keeps a hyphen that belongs to the word", () => {
    expect(joinLines(["draps-", "og andre voldssaker"])).toBe("draps- og andre voldssaker");
    expect(joinLines(["for EØS-", "borgere"])).toBe("for EØS-borgere");
    expect(joinLines(["høyreekstrem vold i Vest-", "Europa"])).toBe("høyreekstrem vold i Vest-Europa");
  });
});

describe("blocks", () => {
  it("tells headings from paragraphs", () => {
    expect(
      paragraphs(
        "Skjermbrukutvalgets utredning \npå høring \n\nKunnskapsdepartementet sendte 11. november på høring \nNOU 2024: 20, se her. \n",
      ),
    ).toEqual(["# Skjermbrukutvalgets utredning på høring", "Kunnskapsdepartementet sendte 11. november på høring NOU 2024: 20, se her."]);
  });

  it("drops a page header that repeats, also where it is glued to a page's last line", () => {
    const raw = [
      " Nyhetsbrev fra KOM",
      "",
      "Første side slutter her. ",
      " Aktuelle norske tiltak, rapporter og forskning",
      "",
      " Nyhetsbrev fra KOM",
      "",
      "Høringsfrist er 24. januar. ",
      " Aktuelle norske tiltak, rapporter og forskning",
      "",
    ].join("\n");
    expect(paragraphs(raw)).toEqual(["Første side slutter her.", "Høringsfrist er 24. januar."]);
  });

  it("joins a paragraph a blank line cut in two", () => {
    expect(paragraphs("Merk: Veilederen \n\noppdateres årlig og ligger ute som versjon for \n\n2024, med oppdateringer.")).toEqual([
      "Merk: Veilederen oppdateres årlig og ligger ute som versjon for 2024, med oppdateringer.",
    ]);
  });

  it("keeps the links listed after each page apart, page by page", () => {
    const raw = "Side én, se her.\n\nhttps://a.example/en\nhttps://a.example/to\n Side to, se her.\n\nhttps://b.example/tre\n";
    const result = normaliseNewsletter(raw);
    expect(result.pageUrls).toEqual([["https://a.example/en", "https://a.example/to"], ["https://b.example/tre"]]);
    expect(result.blocks.map((b) => b.page)).toEqual([0, 1]);
  });

  it("reads Markdown headings, emphasis, bullets and links", () => {
    const raw = "# KOM\n\n## **Høring – forslag**\n\n- ✓ Første punkt\n- Andre punkt\n\nSe [her](https://x.example/a) og [her](#).";
    const blocks = normaliseNewsletter(raw).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "heading", "paragraph", "paragraph", "paragraph"]);
    expect(blocks[1].text).toBe("Høring – forslag");
    expect(blocks[2].text).toBe("Første punkt");
    expect(blocks[4].text).toBe("Se her\uE000https://x.example/a\uE001 og her.");
  });
});

describe("sentences", () => {
  it("does not end a sentence at an abbreviation, an initial, a day or inside a title", () => {
    expect(
      splitSentences(
        'Se Prop. 30 L (2024–2025) og Meld. St. 7 her. T.V. v. Spain gjelder mv. Avholdes 18.-19. April i Wien. NOU 2024: 20 "Det digitale (i) livet. Balansert oppvekst", se her. Neste.',
      ),
    ).toEqual([
      "Se Prop. 30 L (2024–2025) og Meld. St. 7 her.",
      "T.V. v. Spain gjelder mv. Avholdes 18.-19. April i Wien.",
      'NOU 2024: 20 "Det digitale (i) livet. Balansert oppvekst", se her.',
      "Neste.",
    ]);
  });
});
