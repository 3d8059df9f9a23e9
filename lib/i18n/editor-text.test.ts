import { describe, expect, it } from "vitest";
import { editorNb } from "./messages/editor-nb";
import { getMessages } from "./messages";
import { formatItemWarning } from "./editor-text";

describe("editor messages", () => {
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
