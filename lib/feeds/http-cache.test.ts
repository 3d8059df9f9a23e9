import { describe, expect, it } from "vitest";
import { computeValidators, isNotModified } from "./http-cache";

const validators = computeValidators({
  identity: ["all"],
  facts: [3, "2025-01-10"],
  changedAt: [new Date("2025-01-09T10:00:00.900Z"), null, new Date("2025-01-09T23:00:00Z")],
});
const headers = (init: Record<string, string>) => new Headers(init);

describe("cache validators", () => {
  it("change with the facts and not otherwise", () => {
    const same = computeValidators({ identity: ["all"], facts: [3, "2025-01-10"], changedAt: [] });
    const other = computeValidators({ identity: ["all"], facts: [4, "2025-01-10"], changedAt: [] });
    expect(same.etag).toBe(validators.etag);
    expect(other.etag).not.toBe(validators.etag);
    expect(validators.etag).toMatch(/^W\/"[\w-]+"$/);
  });

  it("take the latest change, in whole seconds, as Last-Modified", () => {
    expect(validators.lastModified.toISOString()).toBe("2025-01-09T23:00:00.000Z");
  });

  it("match If-None-Match weakly, in a list, or as *", () => {
    const bare = validators.etag.replace(/^W\//, "");
    expect(isNotModified(headers({ "If-None-Match": validators.etag }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": `"x", ${bare}` }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": "*" }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": '"x"' }), validators)).toBe(false);
  });

  it("let If-None-Match decide over If-Modified-Since", () => {
    const later = "Fri, 10 Jan 2025 12:00:00 GMT";
    expect(isNotModified(headers({ "If-Modified-Since": later }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-Modified-Since": validators.lastModified.toUTCString() }), validators)).toBe(true);
    expect(isNotModified(headers({ "If-Modified-Since": "Thu, 09 Jan 2025 22:59:59 GMT" }), validators)).toBe(false);
    expect(isNotModified(headers({ "If-Modified-Since": "not a date" }), validators)).toBe(false);
    expect(isNotModified(headers({ "If-None-Match": '"x"', "If-Modified-Since": later }), validators)).toBe(false);
  });
});
