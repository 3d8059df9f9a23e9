import { describe, expect, it } from "vitest";
import { findReferences } from "./references";

describe("document references", () => {
  it.each([
    ["NOU 2024:17 «Kommersielle …»", "NOU 2024:17"],
    ["utredning NOU 2024: 20 «Det digitale»", "NOU 2024:20"],
    ["se Prop. 30 L (2024–2025) her", "Prop. 30 L (2024–2025)"],
    ["foreslår i Prop. 48 LS (2022-2023) at", "Prop. 48 LS (2022–2023)"],
    ["Meld. St. 7 (2024–2025) «Om seksuell trakassering»", "Meld. St. 7 (2024–2025)"],
    ["se Dokument 8:161 S (2022–2023) her", "Dokument 8:161 S (2022–2023)"],
    ["se dokument 8:198 S (2022-2023) her", "Dokument 8:198 S (2022–2023)"],
  ])("reads %s", (text, reference) => {
    expect(findReferences(text).map((r) => r.reference)).toEqual([reference]);
  });

  it("finds none in report numbers", () => {
    expect(findReferences("Fafo-rapport 2023:03 og DFØ-rapport 2023:2")).toEqual([]);
  });
});
