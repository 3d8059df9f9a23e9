import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractItems } from "./extract";
import { extractItemsOffThread, extractTextsOffThread, importTimeLimitMsFromEnv } from "./extract-off-thread";
import { ImportInputError } from "./read-file";

const newsletter = fs.readFileSync(path.join(import.meta.dirname, "fixtures/kom-2024-q4.txt"), "utf8");
// The shape that once froze the server: a long text without one blank line.
const longParagraph = newsletter.replace(/\n\s*\n/g, "\n").repeat(40);

describe("reading a text off the request thread", () => {
  it("proposes what the extractor proposes", async () => {
    const options = { today: "2025-01-10" };
    const offThread = await extractItemsOffThread(newsletter, options, 60_000);
    expect(offThread).toEqual(extractItems(newsletter, options));
  }, 60_000);

  it("leaves the calling thread free while it reads", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const extraction = await extractItemsOffThread(longParagraph, { today: "2025-01-10" }, 60_000);
    clearInterval(timer);
    expect(extraction.items.length).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThan(2);
  }, 60_000);

  it("reads several texts in one thread, each with its own options, answering in their order", async () => {
    const texts = [
      { text: newsletter, options: { today: "2025-01-10" } },
      { text: "Høring om endringer i forskrift – høringsfrist 3. mars", options: { today: "2025-01-10", asOf: "2025-01-08" } },
      { text: "Ingen frister denne uken.", options: { today: "2025-01-10" } },
    ];
    const offThread = await extractTextsOffThread(texts, 60_000);
    expect(offThread).toEqual(texts.map(({ text, options }) => extractItems(text, options)));
  }, 60_000);

  it("stops a read that passes the time limit and says so", async () => {
    const refusal = await extractItemsOffThread(longParagraph, { today: "2025-01-10" }, 1).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportInputError);
    expect((refusal as ImportInputError).reason).toBe("too_slow");
    expect((refusal as Error).message).toMatch(/took longer than .* seconds/);
  }, 60_000);
});

describe("FRISTVAKT_IMPORT_TIME_LIMIT_S", () => {
  it("defaults to 60 seconds and refuses what is not a whole number of seconds", () => {
    expect(importTimeLimitMsFromEnv({})).toBe(60_000);
    expect(importTimeLimitMsFromEnv({ FRISTVAKT_IMPORT_TIME_LIMIT_S: "5" })).toBe(5_000);
    expect(() => importTimeLimitMsFromEnv({ FRISTVAKT_IMPORT_TIME_LIMIT_S: "0" })).toThrow(/FRISTVAKT_IMPORT_TIME_LIMIT_S/);
    expect(() => importTimeLimitMsFromEnv({ FRISTVAKT_IMPORT_TIME_LIMIT_S: "fast" })).toThrow(/whole number/);
  });
});
