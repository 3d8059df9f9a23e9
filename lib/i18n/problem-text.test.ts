import { describe, expect, it } from "vitest";
import { z } from "zod";
import { APP_ERROR_REASONS, AppError, parseInput } from "../errors";
import { organisationInputSchema } from "../organisations/schemas";
import { getMessages } from "./messages";
import { EDITOR_PROBLEM, PROBLEM, SOURCE_PROBLEM } from "./problem-keys";
import { errorText, fieldErrorTexts } from "./problem-text";

const nb = getMessages("nb");
const en = getMessages("en");

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("problem sentences", () => {
  it("has a sentence in both languages for every reason lib gives and every field problem key", () => {
    for (const reason of APP_ERROR_REASONS) {
      expect(nb.problems.reasons[reason], reason).toBeTruthy();
      expect(en.problems.reasons[reason], reason).toBeTruthy();
    }
    expect(Object.keys(en.problems.fields).sort()).toEqual(Object.keys(nb.problems.fields).sort());
    expect(Object.keys(PROBLEM).sort()).toEqual(Object.keys(nb.problems.fields).sort());
    expect(Object.keys(EDITOR_PROBLEM).sort()).toEqual(Object.keys(nb.editor.validation).sort());
    expect(Object.keys(SOURCE_PROBLEM).sort()).toEqual(Object.keys(nb.sources.validation).sort());
    expect(Object.keys(en.sources.validation).sort()).toEqual(Object.keys(nb.sources.validation).sort());
    expect(errorText(new AppError("CONFLICT", SOURCE_PROBLEM.sourceExists), en)).toBe(en.sources.validation.sourceExists);
  });

  it("tells three different conflicts apart, in the reader's language", () => {
    expect(errorText(new AppError("CONFLICT", "EMAIL_TAKEN"), nb)).toBe("Det finnes allerede en bruker med denne e-postadressen.");
    expect(errorText(new AppError("CONFLICT", "ORGANISATION_NAME_TAKEN"), en)).toBe("An organisation with this name already exists.");
    expect(errorText(new AppError("CONFLICT", "STALE_VERSION"), nb)).toBe("Kunne ikke lagre: endret av noen andre, last inn på nytt.");
  });

  it("puts a schema's field problems in English with the rule's numbers", () => {
    const error = refusal(() => parseInput(organisationInputSchema, { name: "x".repeat(121) }));
    expect(fieldErrorTexts(error.fieldErrors, en)).toEqual({ name: ["The name can have at most 120 characters."] });
    expect(fieldErrorTexts(refusal(() => parseInput(organisationInputSchema, { name: "A" })).fieldErrors, nb)).toEqual({
      name: ["Navnet må ha minst 2 tegn."],
    });
  });

  it("never shows zod's own English text or a key on a Bokmål page", () => {
    const error = refusal(() => parseInput(z.strictObject({ count: z.number() }), { count: "tre" }));
    expect(fieldErrorTexts(error.fieldErrors, nb)).toEqual({ count: ["Sjekk dette feltet."] });
    expect(errorText(new AppError("NOT_FOUND", "SOMETHING_NEW"), nb)).toBe("Fant ikke det du lette etter.");
  });
});
