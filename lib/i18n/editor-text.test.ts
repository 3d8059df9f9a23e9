import { describe, expect, it } from "vitest";
import { editorNb } from "./messages/editor-nb";
import { getMessages } from "./messages";
import { formatItemWarning, localizeFieldErrors, localizeMessage } from "./editor-text";

describe("editor messages", () => {
  it("shows lib's Bokmål validation messages in English for English readers, and others as they are", () => {
    const en = getMessages("en");
    expect(localizeMessage(editorNb.validation.titleRequired, en)).toBe("Enter a title.");
    expect(localizeMessage(editorNb.validation.titleRequired, getMessages("nb"))).toBe("Fyll inn en tittel.");
    expect(localizeMessage("Noe annet.", en)).toBe("Noe annet.");
    expect(localizeFieldErrors({ deadline: [editorNb.validation.deadlineBeforeSent] }, en)).toEqual({
      deadline: ["The deadline cannot be before the date the item was sent."],
    });
  });

  it("has an English text for every Bokmål one", () => {
    expect(Object.keys(getMessages("en").editor.validation).sort()).toEqual(Object.keys(editorNb.validation).sort());
  });

  it("words a holiday warning with its period", () => {
    const warning = { kind: "holiday", holiday: "christmas", from: "2024-12-01", to: "2025-01-10" } as const;
    expect(formatItemWarning(warning, getMessages("nb"), "nb")).toBe("Fristperioden 1. desember – 10. januar overlapper julen.");
    expect(formatItemWarning({ kind: "short_hearing", days: 30 }, getMessages("en"), "en")).toBe(
      "Short deadline: the hearing lasts 30 days (less than six weeks).",
    );
  });
});
