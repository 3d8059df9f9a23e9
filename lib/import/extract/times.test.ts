import { describe, expect, it } from "vitest";
import { findTimeMentions, maskTimes } from "./times";

describe("clock times", () => {
  it.each([
    ["kl. 09.00–15.30", "09:00", "15:30"],
    ["kl.09.00-14.00", "09:00", "14:00"],
    ["fra kl. 09:30 til 15:30", "09:30", "15:30"],
    ["frå kl. 09:30 til 15:30", "09:30", "15:30"],
    ["kl. 14-17", "14:00", "17:00"],
    ["klokka 19:00", "19:00", null],
    ["klokken 8", "08:00", null],
  ])("reads %s", (text, start, end) => {
    const [time] = findTimeMentions(text);
    expect(time).toMatchObject({ start, end });
  });

  it("needs its «kl.» marker and a real hour", () => {
    expect(findTimeMentions("14.30 og 25:00")).toEqual([]);
    expect(findTimeMentions("kl. 25.00")).toEqual([]);
  });

  it("reads no end hour from the day after a dash", () => {
    expect(findTimeMentions("11. februar kl. 09.00 – 12. februar kl. 15.00")).toMatchObject([
      { start: "09:00", end: null },
      { start: "15:00", end: null },
    ]);
    expect(findTimeMentions("kl. 09.00–12.02.2027")).toMatchObject([{ start: "09:00", end: null }]);
    expect(findTimeMentions("kl. 14–17. Påmelding innen fredag")).toMatchObject([{ start: "14:00", end: "17:00" }]);
  });

  it("masks times without moving the rest of the text", () => {
    const text = "Seminar kl. 10.11. onsdag";
    const masked = maskTimes(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain("10.11.");
    expect(masked.endsWith("onsdag")).toBe(true);
  });
});
