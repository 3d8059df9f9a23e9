import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, parseInput, translateDatabaseError } from "./errors";

describe("errors", () => {
  it("translates Prisma's codes and leaves other errors alone", () => {
    expect(translateDatabaseError({ code: "P2002" }, "finnes fra før")).toMatchObject({ code: "CONFLICT", message: "finnes fra før" });
    expect(translateDatabaseError({ code: "P2025" })).toMatchObject({ code: "NOT_FOUND" });
    expect(translateDatabaseError({ code: "P2003" })).toMatchObject({ code: "NOT_FOUND" });
    const other = new Error("boom");
    expect(translateDatabaseError(other)).toBe(other);
    const own = new AppError("FORBIDDEN", "nei");
    expect(translateDatabaseError(own)).toBe(own);
  });

  it("turns a failed parse into INVALID_INPUT with messages per field, unknown keys included", () => {
    const schema = z.strictObject({ name: z.string().min(2, "For kort.") });
    expect(parseInput(schema, { name: "Kari" })).toEqual({ name: "Kari" });
    try {
      parseInput(schema, { name: "K", role: "ADMIN" });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { name: ["For kort."] } });
      expect((error as AppError).message).toMatch(/role/);
    }
  });
});
