import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, parseInput, translateDatabaseError } from "./errors";

describe("errors", () => {
  it("translates Prisma's codes and leaves other errors alone", () => {
    expect(translateDatabaseError({ code: "P2002" }, "EMAIL_TAKEN")).toMatchObject({ code: "CONFLICT", reason: "EMAIL_TAKEN" });
    expect(translateDatabaseError({ code: "P2002" })).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION" });
    expect(translateDatabaseError({ code: "P2034" })).toMatchObject({ code: "CONFLICT", reason: "TRY_AGAIN" });
    expect(translateDatabaseError({ code: "P2025" })).toMatchObject({ code: "NOT_FOUND" });
    expect(translateDatabaseError({ code: "P2003" })).toMatchObject({ code: "NOT_FOUND" });
    const other = new Error("boom");
    expect(translateDatabaseError(other)).toBe(other);
    const own = new AppError("FORBIDDEN", "FORBIDDEN");
    expect(translateDatabaseError(own)).toBe(own);
  });

  it("turns a failed parse into INVALID_INPUT with a problem key per field and the rule's numbers", () => {
    const schema = z.strictObject({ name: z.string().min(2, "nameTooShort").max(5, "nameTooLong"), age: z.number() });
    expect(parseInput(schema, { name: "Kari", age: 3 })).toEqual({ name: "Kari", age: 3 });
    expect(() => parseInput(schema, { name: "K", age: 3 })).toThrow(
      expect.objectContaining({
        code: "INVALID_INPUT",
        reason: "INVALID_INPUT",
        fieldErrors: { name: [{ reason: "nameTooShort", params: { min: 2 } }] },
      }),
    );
    expect(() => parseInput(schema, { name: "Kari Nordmann", age: "tre" })).toThrow(
      expect.objectContaining({
        fieldErrors: { name: [{ reason: "nameTooLong", params: { max: 5 } }], age: [{ reason: "invalidValue" }] },
      }),
    );
  });

  it("names unknown fields as a problem of the whole form", () => {
    const schema = z.strictObject({ name: z.string() });
    expect(() => parseInput(schema, { name: "Kari", role: "ADMIN" })).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", reason: "UNKNOWN_FIELDS", params: { fields: "role" } }),
    );
  });
});
