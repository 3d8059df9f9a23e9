import { describe, expect, it } from "vitest";
import { AppError, parseInput } from "../errors";
import { getMessages } from "../i18n/messages";
import { fieldErrorTexts } from "../i18n/problem-text";
import { defaultSourceName, sourceInputSchema, sourceUpdateInputSchema } from "./schemas";

/** The field problems of a refusal, as a page in `locale` shows them. */
function fieldErrors(run: () => unknown, locale: "nb" | "en" = "nb"): Record<string, string[]> {
  try {
    run();
  } catch (error) {
    return fieldErrorTexts((error as AppError).fieldErrors, getMessages(locale));
  }
  throw new Error("expected a refusal");
}

describe("sourceInputSchema", () => {
  it("takes a form's strings and fills in the defaults", () => {
    expect(
      parseInput(sourceInputSchema, {
        type: "ics",
        url: " https://partner.example.org/kurs.ics ",
        name: "",
        mode: "publish",
        pollIntervalMinutes: "30",
      }),
    ).toEqual({
      type: "ics",
      url: "https://partner.example.org/kurs.ics",
      name: null,
      mode: "publish",
      pollIntervalMinutes: 30,
    });
    expect(parseInput(sourceInputSchema, { type: "rss", url: "http://partner.example.org/rss" })).toMatchObject({
      mode: "review",
      pollIntervalMinutes: 60,
    });
  });

  it("refuses a type, an address or an interval that will not do, saying which", () => {
    expect(fieldErrors(() => parseInput(sourceInputSchema, { type: "atom", url: "ftp://x", pollIntervalMinutes: "5" }))).toEqual({
      type: ["Velg hva slags kilde det er."],
      url: ["Skriv en hel lenke som begynner med https:// eller http://."],
      pollIntervalMinutes: ["Skriv et helt antall minutter fra 15 til 10080."],
    });
    expect(() => parseInput(sourceInputSchema, { type: "ics", url: "https://x.example.org", extra: 1 })).toThrow(AppError);
  });

  it("needs a name when a source is changed, and says so in English too", () => {
    const input = { id: "8d3c2a52-2a1f-4d6e-9a43-6c1f7b0f2e11", name: " ", mode: "review", pollIntervalMinutes: 60 };
    expect(fieldErrors(() => parseInput(sourceUpdateInputSchema, input)).name).toEqual(["Fyll inn et navn."]);
    expect(fieldErrors(() => parseInput(sourceUpdateInputSchema, input), "en").name).toEqual(["Fill in a name."]);
  });
});

describe("defaultSourceName", () => {
  it("names a partner's feed by its host", () => {
    expect(defaultSourceName("ics", "https://www.kompetansesenteret.example.no/kurs.ics")).toBe("kompetansesenteret.example.no");
    expect(defaultSourceName("stortinget", "https://data.stortinget.no/eksport/horinger")).toBe("Stortingets komitéhøringer");
  });
});
