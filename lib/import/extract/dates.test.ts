import { describe, expect, it } from "vitest";
import { findDateMentions, findRelativeDay } from "./dates";

function only(text: string) {
  const found = findDateMentions(text);
  expect(found, text).toHaveLength(1);
  return found[0];
}

const day = (d: number, m: number, y: number | null = null) => ({ day: d, month: m, year: y });

describe("single dates", () => {
  it.each([
    ["17. januar", day(17, 1)],
    ["17. jan.", day(17, 1)],
    ["17. januar 2025", day(17, 1, 2025)],
    ["1.november 2024", day(1, 11, 2024)],
    ["Høringsfrist er 1. april.", day(1, 4)],
    ["19 August 2021", day(19, 8, 2021)],
    ["17. sept. 2025", day(17, 9, 2025)],
    ["17.01.2025", day(17, 1, 2025)],
    ["13.10.23", day(13, 10, 2023)],
    ["1.5.2020", day(1, 5, 2020)],
    ["27.9.", day(27, 9)],
  ])("reads %s", (text, expected) => {
    const m = only(text);
    expect(m.from).toEqual(expected);
    expect(m.to).toBeNull();
  });

  it("keeps a sentence's full stop out of the date but an abbreviation's dot in it", () => {
    expect(only("Fristen er 17. januar.").text).toBe("17. januar");
    expect(only("Fristen er 17. jan. for alle").text).toBe("17. jan.");
  });

  it("reads the weekday in front of a date", () => {
    expect(only("onsdag 1. oktober").weekday).toBe(3);
    const thursday = only("Torsdag 26.august");
    expect(thursday.weekday).toBe(4);
    expect(thursday.from).toEqual(day(26, 8));
    expect(thursday.text).toBe("Torsdag 26.august");
  });

  it("reads a day before a capitalised or English month name", () => {
    expect(only("avholdes i Wien 18.-19. April").from).toEqual(day(18, 4));
    expect(only("Conference 3 March 2025").from).toEqual(day(3, 3, 2025));
  });

  it("reads «innen utgangen av januar 2024» as the last day of the month", () => {
    const m = only("Utvalget skal levere en NOU innen utgangen av januar 2024.");
    expect(m.isEndOfMonth).toBe(true);
    expect(m.from).toEqual(day(31, 1, 2024));
  });
});

describe("ranges", () => {
  it.each([
    ["15.–16. januar", day(15, 1), day(16, 1)],
    ["15.-16. januar", day(15, 1), day(16, 1)],
    ["29 -30. mars", day(29, 3), day(30, 3)],
    ["den 29–30. mars", day(29, 3), day(30, 3)],
    ["21.-22 oktober", day(21, 10), day(22, 10)],
    ["8-9.april 2024", day(8, 4, 2024), day(9, 4, 2024)],
    ["11. og 12. oktober", day(11, 10), day(12, 10)],
    ["18.-19. April", day(18, 4), day(19, 4)],
    ["i perioden 18. mars til 18. juni", day(18, 3), day(18, 6)],
    ["fra 30. januar til 2. februar", day(30, 1), day(2, 2)],
    ["30. desember–2. januar 2025", day(30, 12, 2024), day(2, 1, 2025)],
  ])("reads %s", (text, from, to) => {
    const m = only(text);
    expect(m.from).toEqual(from);
    expect(m.to).toEqual(to);
  });

  it("joins a range broken over a line once lines are joined", () => {
    expect(only("møte i arbeidsgruppen 6.-7. november i Stockholm").to).toEqual(day(7, 11));
  });

  it("does not read a changed deadline as a period", () => {
    const found = findDateMentions("Fristen er forlenget fra 17. januar til 31. januar.");
    expect(found.map((m) => m.from.day)).toEqual([17, 31]);
    expect(found.every((m) => m.to === null)).toBe(true);
  });
});

describe("numbers that are not dates", () => {
  it.each([
    "personer mellom 75 – 80 år",
    "barn 15-16 år",
    "se punkt 10.4 og 18.3.1",
    "se punkt 2.2.9.",
    "kl. 10.11. og kl. 14.30",
    "NOU 2024: 20 og Fafo-rapport 2023:03",
    "Prop. 30 L (2024–2025) og dokument 8:161 S (2022-2023)",
    "perioden 2003-2024",
    "30. februar",
    "32. mai",
  ])("finds no date in %s", (text) => {
    expect(findDateMentions(text)).toEqual([]);
  });
});

describe("relative days", () => {
  it("reads «dagen før» and «dagen etter»", () => {
    expect(findRelativeDay("Dagen før samlet NSPM svenske aktører")?.offset).toBe(-1);
    expect(findRelativeDay("Dagen etter holdt de et seminar")?.offset).toBe(1);
    expect(findRelativeDay("Dagen var fin")).toBeNull();
  });
});
