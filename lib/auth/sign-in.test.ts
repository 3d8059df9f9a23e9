import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db/prisma";
import { AppError } from "../errors";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createUserRow, TEST_PASSWORD } from "../dev/testing/factories";
import {
  accountDelaySeconds,
  MAX_ACCOUNT_FAILURES,
  MAX_ADDRESS_FAILURES,
  SIGN_IN_FAILED,
  SIGN_IN_THROTTLED,
  verifyCredentials,
} from "./sign-in";

const NOW = new Date("2025-01-10T11:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const afterSeconds = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1_000);

async function outcome(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return "OK";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.reason).toBe(error.code === "RATE_LIMITED" ? SIGN_IN_THROTTLED : SIGN_IN_FAILED);
    return error.code;
  }
}

describe("verifyCredentials", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("signs in with the right password, whatever the e-mail's case, and loads the viewer", async () => {
    const user = await createUserRow(database.db, { email: "kari@example.org", role: "EDITOR" });
    const viewer = await verifyCredentials(database.db, "  Kari@Example.ORG ", TEST_PASSWORD, "10.0.0.1", NOW);
    expect(viewer).toMatchObject({ isSignedIn: true, userId: user.id, role: "EDITOR" });
  });

  it("refuses a wrong password, an unknown e-mail and a disabled user with the same sentence", async () => {
    const user = await createUserRow(database.db);
    const disabled = await createUserRow(database.db, { disabledAt: NOW });
    expect(await outcome(verifyCredentials(database.db, user.email, "feil-passord-123", null, NOW))).toBe("UNAUTHENTICATED");
    expect(await outcome(verifyCredentials(database.db, "ingen@example.org", TEST_PASSWORD, null, NOW))).toBe("UNAUTHENTICATED");
    expect(await outcome(verifyCredentials(database.db, disabled.email, TEST_PASSWORD, null, NOW))).toBe("UNAUTHENTICATED");
  });

  it("lets the owner in from an address that has not failed, however many guesses others made", async () => {
    const user = await createUserRow(database.db);
    for (let i = 0; i < MAX_ACCOUNT_FAILURES * 3; i++) {
      await outcome(verifyCredentials(database.db, user.email, "feil-passord-123", `10.1.0.${i}`, afterSeconds(NOW, i)));
    }
    expect(await outcome(verifyCredentials(database.db, user.email, TEST_PASSWORD, "10.1.1.1", afterSeconds(NOW, 16)))).toBe("OK");
  });

  it("makes addresses that have failed wait longer after each further failure of the account", async () => {
    const user = await createUserRow(database.db);
    const guess = (address: string | null, at: Date, password = "feil-passord-123") =>
      outcome(verifyCredentials(database.db, user.email, password, address, at));
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) expect(await guess(`10.2.0.${i}`, afterSeconds(NOW, i))).toBe("UNAUTHENTICATED");
    const fifth = afterSeconds(NOW, MAX_ACCOUNT_FAILURES - 1);
    // From an address that failed: the first delay, even with the right password.
    expect(await guess("10.2.0.0", afterSeconds(fifth, 10), TEST_PASSWORD)).toBe("RATE_LIMITED");
    // An address whose e-mail is unknown to us counts as one that failed.
    expect(await guess(null, afterSeconds(fifth, 10), TEST_PASSWORD)).toBe("RATE_LIMITED");
    const sixth = afterSeconds(fifth, accountDelaySeconds(5));
    expect(await guess("10.2.0.0", sixth)).toBe("UNAUTHENTICATED");
    expect(await guess("10.2.0.1", afterSeconds(sixth, accountDelaySeconds(5)))).toBe("RATE_LIMITED");
    expect(await guess("10.2.0.1", afterSeconds(sixth, accountDelaySeconds(6)), TEST_PASSWORD)).toBe("OK");
  });

  it("grows the delay from 15 seconds to at most 15 minutes", () => {
    expect([4, 5, 6, 7, 12, 40].map(accountDelaySeconds)).toEqual([0, 15, 30, 60, 900, 900]);
  });

  it("starts counting again after a successful sign-in", async () => {
    const user = await createUserRow(database.db);
    for (let i = 0; i < MAX_ACCOUNT_FAILURES - 1; i++)
      await outcome(verifyCredentials(database.db, user.email, "feil-passord-123", null, later(i)));
    expect(await outcome(verifyCredentials(database.db, user.email, TEST_PASSWORD, null, later(5)))).toBe("OK");
    expect(await outcome(verifyCredentials(database.db, user.email, "feil-passord-123", null, later(6)))).toBe("UNAUTHENTICATED");
    expect(await outcome(verifyCredentials(database.db, user.email, TEST_PASSWORD, null, later(7)))).toBe("OK");
  });

  it(`blocks an address after ${MAX_ADDRESS_FAILURES} failures, across accounts, and holds across two database clients`, async () => {
    const other = createPrismaClient(database.url, { max: 2 });
    try {
      const victim = await createUserRow(database.db);
      for (let i = 0; i < MAX_ADDRESS_FAILURES; i++) {
        const db = i % 2 === 0 ? database.db : other;
        expect(await outcome(verifyCredentials(db, `gjett-${i}@example.org`, "feil-passord-123", "192.0.2.7", NOW))).toBe(
          "UNAUTHENTICATED",
        );
      }
      expect(await outcome(verifyCredentials(other, victim.email, TEST_PASSWORD, "192.0.2.7", later(1)))).toBe("RATE_LIMITED");
      expect(await outcome(verifyCredentials(database.db, victim.email, TEST_PASSWORD, "192.0.2.8", later(1)))).toBe("OK");
    } finally {
      await other.$disconnect();
    }
  });

  it("lets exactly the allowed number of guesses through when they arrive at once on two clients", async () => {
    const other = createPrismaClient(database.url, { max: 4 });
    try {
      const user = await createUserRow(database.db);
      const attempts = Array.from({ length: 10 }, (_, i) =>
        outcome(verifyCredentials(i % 2 ? other : database.db, user.email, `feil-passord-${i}`, null, NOW)),
      );
      const results = await Promise.all(attempts);
      expect(results.filter((r) => r === "UNAUTHENTICATED")).toHaveLength(MAX_ACCOUNT_FAILURES);
      expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(10 - MAX_ACCOUNT_FAILURES);
    } finally {
      await other.$disconnect();
    }
  });

  it("keeps the attempts in the database, never the password", async () => {
    const user = await createUserRow(database.db);
    await outcome(verifyCredentials(database.db, user.email, "hemmelig-gjetning-42", "203.0.113.9", NOW));
    const rows = await database.db.loginAttempt.findMany({
      where: { at: NOW, key: { in: [`account:${user.email}`, "address:203.0.113.9"] } },
    });
    expect(rows.map((r) => [r.key, r.succeeded]).sort()).toEqual([
      [`account:${user.email}`, false],
      ["address:203.0.113.9", false],
    ]);
    const keys = await database.db.loginAttempt.findMany({ select: { key: true } });
    expect(JSON.stringify(keys)).not.toContain("hemmelig-gjetning-42");
  });
});
