import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "a-test-secret-that-is-long-enough-000000";
const USER = "11111111-1111-4111-8111-111111111111";

describe("unsubscribe tokens", () => {
  it("name the user and the one purpose they were made for", () => {
    expect(verifyUnsubscribeToken(SECRET, createUnsubscribeToken(SECRET, USER, "reminders"))).toEqual({ userId: USER, purpose: "reminders" });
    expect(verifyUnsubscribeToken(SECRET, createUnsubscribeToken(SECRET, USER, "digest"))).toEqual({ userId: USER, purpose: "digest" });
  });

  it("refuse another purpose, another user, another secret and anything malformed", () => {
    const token = createUnsubscribeToken(SECRET, USER, "digest");
    expect(verifyUnsubscribeToken(SECRET, `r${token.slice(1)}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, token.replace(USER, "22222222-2222-4222-8222-222222222222"))).toBeNull();
    expect(verifyUnsubscribeToken("another-secret-that-is-long-enough-0000", token)).toBeNull();
    for (const bad of ["", "r", `${token}x`, token.slice(0, -1), `x.${USER}.${token.split(".")[2]}`, "../../etc/passwd"]) {
      expect(verifyUnsubscribeToken(SECRET, bad)).toBeNull();
    }
  });
});
