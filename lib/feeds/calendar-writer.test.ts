import { describe, expect, it } from "vitest";
import { CalendarWriter } from "./calendar-writer";

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n /g, "");

function decode(chunks: Uint8Array[]): string {
  const all = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  chunks.reduce((offset, c) => (all.set(c, offset), offset + c.length), 0);
  return new TextDecoder("utf-8", { fatal: true }).decode(all);
}

/** One line through the writer, as text without its final CRLF. */
function fold(line: string): string {
  const writer = new CalendarWriter(16); // small chunks, so that starting new ones is tested too
  writer.line(line);
  const text = decode(writer.chunks());
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(0, -2);
}

describe("folding by octets", () => {
  it("leaves a line of exactly 75 octets alone and folds one of 76", () => {
    const exact = `SUMMARY:${"a".repeat(67)}`;
    expect(fold(exact)).toBe(exact);
    expect(fold(`${exact}b`)).toBe(`${exact}\r\n b`);
  });

  it("never splits æ, ø or å at the 75-octet boundary", () => {
    // 74 ASCII octets, then "æ" (2 octets) would end at octet 76: it moves to the next line.
    const line = `${"x".repeat(74)}æøå`;
    const folded = fold(line);
    expect(folded.split("\r\n")).toEqual(["x".repeat(74), " æøå"]);
    expect(unfold(folded)).toBe(line);
  });

  it("never splits a four-octet emoji, and counts the fold's space on continuation lines", () => {
    const line = `DESCRIPTION:${"😀".repeat(40)}`;
    const parts = fold(line).split("\r\n");
    expect(parts[0]).toBe(`DESCRIPTION:${"😀".repeat(15)}`); // 12 + 60 = 72; one more would be 76
    expect(octets(parts[1])).toBe(73); // 1 + 18 × 4; one more would be 77
    expect(parts.slice(1).every((p) => p.startsWith(" ") && octets(p) <= 75)).toBe(true);
    expect(unfold(parts.join("\r\n"))).toBe(line);
  });

  it("keeps an escaped character with its backslash, and an escaped backslash whole", () => {
    const escape = fold(`DESCRIPTION:${"x".repeat(62)}\\n${"y".repeat(10)}`); // the backslash is octet 75
    expect(escape.split("\r\n")).toEqual([`DESCRIPTION:${"x".repeat(62)}`, ` \\n${"y".repeat(10)}`]);
    const pair = fold(`DESCRIPTION:${"x".repeat(61)}\\\\${"y".repeat(10)}`); // "\\" at octets 74 and 75
    expect(pair.split("\r\n")[0]).toBe(`DESCRIPTION:${"x".repeat(61)}\\\\`);
  });

  it("has room for every fold of a long line of four-octet characters", () => {
    const line = `X:a${"😀".repeat(3000)}`; // every fold backs off 3 octets to stay out of an emoji
    expect(unfold(fold(line))).toBe(line);
  });

  it("folds very long lines again and again, every line ending in CRLF", () => {
    const writer = new CalendarWriter(16);
    const lines = ["BEGIN:VCALENDAR", `X:${"ø".repeat(400)}`, "END:VCALENDAR"];
    for (const line of lines) writer.line(line);
    expect(writer.chunks().length).toBe(3);
    const text = decode(writer.chunks());
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.split("\r\n").every((l) => octets(l) <= 75)).toBe(true);
    expect(unfold(text)).toBe(`${lines.join("\r\n")}\r\n`);
  });
});
