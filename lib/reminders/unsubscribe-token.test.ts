import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkUnsubscribeToken, createUnsubscribeToken, UNDATED_LINKS_WORK_UNTIL } from "./unsubscribe-token";

const SECRET = "a-test-secret-that-is-long-enough-000000";
const USER = "11111111-1111-4111-8111-111111111111";
const SENT = new Date("2025-01-10T07:00:00Z");
const at = (iso: string) => new Date(iso);

/** The user and purpose a valid token names; null for any refusal. */
function verifyUnsubscribeToken(secret: string, token: string, now: Date) {
  const check = checkUnsubscribeToken(secret, token, now);
  return check.isValid ? { userId: check.userId, purpose: check.purpose } : null;
}

describe("unsubscribe tokens", () => {
  it("name the user and the one purpose they were made for", () => {
    expect(verifyUnsubscribeToken(SECRET, createUnsubscribeToken(SECRET, USER, "reminders", SENT), SENT)).toEqual({
      userId: USER,
      purpose: "reminders",
    });
    expect(verifyUnsubscribeToken(SECRET, createUnsubscribeToken(SECRET, USER, "digest", SENT), SENT)).toEqual({
      userId: USER,
      purpose: "digest",
    });
  });

  it("refuse another purpose, another user, another secret, another day and anything malformed", () => {
    const token = createUnsubscribeToken(SECRET, USER, "digest", SENT);
    expect(verifyUnsubscribeToken(SECRET, `r${token.slice(1)}`, SENT)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, token.replace(USER, "22222222-2222-4222-8222-222222222222"), SENT)).toBeNull();
    expect(verifyUnsubscribeToken("another-secret-that-is-long-enough-0000", token, SENT)).toBeNull();
    const [purpose, user, day, mac] = token.split(".");
    // Moving the day forward to stretch the link's life breaks the signature.
    expect(verifyUnsubscribeToken(SECRET, [purpose, user, (Number.parseInt(day, 36) + 300).toString(36), mac].join("."), SENT)).toBeNull();
    for (const bad of ["", "r", `${token}x`, token.slice(0, -1), `x.${USER}.${day}.${mac}`, "../../etc/passwd"]) {
      expect(verifyUnsubscribeToken(SECRET, bad, SENT)).toBeNull();
    }
  });

  it("work for a year from the day the e-mail was made, then say they expired", () => {
    const token = createUnsubscribeToken(SECRET, USER, "reminders", SENT);
    expect(checkUnsubscribeToken(SECRET, token, at("2026-01-10T23:59:59Z"))).toMatchObject({ isValid: true });
    expect(checkUnsubscribeToken(SECRET, token, at("2026-01-11T00:00:00Z"))).toEqual({ isValid: false, reason: "expired" });
  });

  it("take links made before they carried their day until a year after that change", () => {
    const mac = createHmac("sha256", SECRET).update(`fristvakt-unsubscribe\ndigest\n${USER}`).digest("base64url");
    const undated = `d.${USER}.${mac}`;
    expect(checkUnsubscribeToken(SECRET, undated, at("2026-12-01T12:00:00Z"))).toEqual({ isValid: true, userId: USER, purpose: "digest" });
    expect(checkUnsubscribeToken(SECRET, undated, UNDATED_LINKS_WORK_UNTIL)).toEqual({ isValid: false, reason: "expired" });
  });
});
