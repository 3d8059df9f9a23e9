import { describe, expect, it } from "vitest";
import { responseInputSchema } from "./schemas";

const ITEM = "11111111-1111-4111-8111-111111111111";

describe("responseInputSchema", () => {
  it("reads empty form fields as no value and a form's version string as a number", () => {
    const parsed = responseInputSchema.parse({
      itemId: ITEM,
      status: "ANSWERED",
      answeredOn: "",
      answerUrl: " ",
      note: "  Sendt  ",
      internalDeadline: "",
      version: "3",
    });
    expect(parsed).toEqual({
      itemId: ITEM,
      status: "ANSWERED",
      answeredOn: null,
      answerUrl: null,
      note: "Sendt",
      internalDeadline: null,
      version: 3,
    });
    expect(responseInputSchema.parse({ itemId: ITEM, status: "PLANNED", version: "" }).version).toBeNull();
  });

  it("refuses unknown keys, impossible dates, links that are not web links and negative versions", () => {
    const ok = { itemId: ITEM, status: "PLANNED", version: null };
    expect(responseInputSchema.safeParse(ok).success).toBe(true);
    expect(responseInputSchema.safeParse({ ...ok, organisationId: ITEM }).success).toBe(false);
    expect(responseInputSchema.safeParse({ ...ok, role: "ADMIN" }).success).toBe(false);
    expect(responseInputSchema.safeParse({ ...ok, answeredOn: "2025-02-30" }).success).toBe(false);
    expect(responseInputSchema.safeParse({ ...ok, answerUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(responseInputSchema.safeParse({ ...ok, answerUrl: "ftp://example.org" }).success).toBe(false);
    expect(responseInputSchema.safeParse({ ...ok, version: -1 }).success).toBe(false);
    expect(responseInputSchema.safeParse({ ...ok, version: "1e3" }).success).toBe(false);
    expect(responseInputSchema.safeParse({ ...ok, note: "x".repeat(2_001) }).success).toBe(false);
  });
});
