import { describe, expect, it } from "vitest";
import { describeItemChange } from "./history-text";

describe("describeItemChange", () => {
  it("tells a creation as a sentence with readable values, not field names", () => {
    const text = describeItemChange(
      "create",
      { kind: [null, "HEARING"], isOnline: [null, false], deadline: [null, "2026-01-15"], title: [null, "Høring om tiltak"] },
      "nb",
    );
    expect(text.headline).toBe("Saken ble opprettet");
    expect(text.lines).toEqual(["Type: Høring", "Digitalt: nei", "Frist: 15. januar 2026", "Tittel: «Høring om tiltak»"]);
    expect(text.lines.join(" ")).not.toMatch(/kind|isOnline|HEARING|false/);
  });

  it("compares whole dates, years included, when a deadline moves", () => {
    expect(describeItemChange("update", { deadline: ["2026-01-15", "2025-12-10"] }, "nb").lines).toEqual([
      "Fristen ble fremskyndet fra 15. januar 2026 til 10. desember 2025",
    ]);
    expect(describeItemChange("update", { deadline: ["2025-12-10", "2026-01-15"] }, "en").lines).toEqual([
      "The deadline was extended from 10 December 2025 to 15 January 2026",
    ]);
  });

  it("says what changed, what was set and what was removed, in the reader's language", () => {
    const text = describeItemChange(
      "update",
      { isOnline: [false, true], location: ["Oslo", null], reference: [null, "NOU 2024:17"] },
      "en",
    );
    expect(text).toEqual({
      headline: "The item was changed",
      lines: ["Online: changed from no to yes", "Place: removed (was “Oslo”)", "Reference: “NOU 2024:17”"],
    });
  });

  it("tells a cancellation by its reason, and shows instants in Oslo time", () => {
    const text = describeItemChange("cancel", { cancelledAt: [null, "2025-01-10T11:00:00.000Z"], cancelReason: [null, "Trukket"] }, "nb");
    expect(text).toEqual({ headline: "Saken ble avlyst", lines: ["Grunn til avlysning: «Trukket»"] });
    expect(describeItemChange("update", { startAt: [null, "2025-03-30T07:30:00.000Z"] }, "nb").lines).toEqual([
      "Starter: 30. mars 2025 kl. 09.30",
    ]);
  });
});
