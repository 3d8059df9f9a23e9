import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores argon2id with a salt of its own and checks the password", async () => {
    const first = await hashPassword("et langt passord æøå");
    const second = await hashPassword("et langt passord æøå");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, "et langt passord æøå")).toBe(true);
    expect(await verifyPassword(first, "et langt passord aeoa")).toBe(false);
  });

  it("answers false, not an error, for a stored value that is not a hash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
    expect(await verifyAgainstDummy("whatever")).toBe(false);
  });
});
