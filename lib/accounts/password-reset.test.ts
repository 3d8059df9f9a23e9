import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { snapshotDatabase } from "../dev/testing/db-snapshot";
import { createUserRow, TEST_PASSWORD, viewerOf } from "../dev/testing/factories";
import { hashAccountToken } from "../auth/account-tokens";
import { renderPasswordResetEmail } from "./account-email";
import { changeMyPassword } from "./my-account";
import { getPasswordResetLink, MAX_RESETS_PER_HOUR, requestPasswordReset, resetPassword } from "./password-reset";
import { verifyCredentials } from "../auth/sign-in";

const NOW = new Date("2025-01-10T11:00:00Z");
const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const NEW_PASSWORD = "et-helt-nytt-passord";

describe("password reset", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("sends a link for a known address, stores only its hash, and lets it set a password once within the hour", async () => {
    const user = await createUserRow(database.db, { email: "kari.nordmann@example.org", name: "Kari Nordmann" });
    const sent = await requestPasswordReset(database.db, { email: " Kari.Nordmann@Example.org " }, NOW);
    expect(sent).toMatchObject({ userId: user.id, email: "kari.nordmann@example.org", name: "Kari Nordmann" });
    const token = sent!.token;
    const dump = await database.db.$queryRawUnsafe<{ dump: string }[]>(`SELECT string_agg(t::text, '|') AS dump FROM account_token t`);
    expect(dump[0].dump).not.toContain(token);
    expect(dump[0].dump).toContain(hashAccountToken(token));

    const email = renderPasswordResetEmail(sent!, token, "https://fristvakt.example", "nb");
    expect(email.text).toContain(`https://fristvakt.example/reset-password/${token}`);
    expect(email.text).toContain("Hei Kari Nordmann,");

    expect(await getPasswordResetLink(database.db, token, minutesLater(59))).toEqual({ email: "kari.nordmann@example.org" });
    expect(await getPasswordResetLink(database.db, token, minutesLater(60))).toBeNull();
    await resetPassword(database.db, { token, password: NEW_PASSWORD, repeatPassword: NEW_PASSWORD }, minutesLater(30));
    // Sessions made with the old password end with the reset.
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect((await verifyCredentials(database.db, user.email, NEW_PASSWORD, null, minutesLater(31))).userId).toBe(user.id);

    const before = await snapshotDatabase(database.db);
    await expect(
      resetPassword(database.db, { token, password: "nok-et-passord-her", repeatPassword: "nok-et-passord-her" }, minutesLater(32)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      reason: "LINK_EXPIRED",
    });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("refuses an expired link and a link for a disabled user, and changes nothing", async () => {
    const user = await createUserRow(database.db);
    const { token } = (await requestPasswordReset(database.db, { email: user.email }, NOW))!;
    const state = async () => ({
      user: (await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash,
      tokens: await database.db.accountToken.findMany({ where: { userId: user.id } }),
    });
    const before = await state();
    const input = { token, password: NEW_PASSWORD, repeatPassword: NEW_PASSWORD };
    await expect(resetPassword(database.db, input, minutesLater(61))).rejects.toMatchObject({ reason: "LINK_EXPIRED" });
    await database.db.user.update({ where: { id: user.id }, data: { disabledAt: NOW } });
    await expect(resetPassword(database.db, input, minutesLater(5))).rejects.toMatchObject({ reason: "LINK_EXPIRED" });
    expect(await state()).toEqual(before);
  });

  it("answers nothing for unknown or disabled addresses, and stops after a few requests an hour", async () => {
    expect(await requestPasswordReset(database.db, { email: "ingen@example.org" }, NOW)).toBeNull();
    const disabled = await createUserRow(database.db, { disabledAt: NOW });
    expect(await requestPasswordReset(database.db, { email: disabled.email }, NOW)).toBeNull();
    const user = await createUserRow(database.db);
    const tokens: string[] = [];
    for (let i = 0; i < MAX_RESETS_PER_HOUR; i++)
      tokens.push((await requestPasswordReset(database.db, { email: user.email }, minutesLater(i)))!.token);
    expect(await requestPasswordReset(database.db, { email: user.email }, minutesLater(10))).toBeNull();
    expect(await requestPasswordReset(database.db, { email: user.email }, minutesLater(61))).not.toBeNull();
    // Only the newest link works: an older e-mail's link was voided when a newer one was sent.
    expect(await getPasswordResetLink(database.db, tokens[0], minutesLater(3))).toBeNull();
  });

  it("says which field is wrong: a short password, two that differ", async () => {
    const user = await createUserRow(database.db);
    const { token } = (await requestPasswordReset(database.db, { email: user.email }, NOW))!;
    await expect(resetPassword(database.db, { token, password: "kort", repeatPassword: "kort" }, NOW)).rejects.toMatchObject({
      fieldErrors: { password: [{ reason: "passwordTooShort", params: { min: 10 } }] },
    });
    await expect(
      resetPassword(database.db, { token, password: NEW_PASSWORD, repeatPassword: "noe annet helt" }, NOW),
    ).rejects.toMatchObject({
      fieldErrors: { repeatPassword: [{ reason: "passwordsDiffer" }] },
    });
  });

  it("changes one's own password only with the right current one, and voids open reset links", async () => {
    const user = await createUserRow(database.db);
    const me = viewerOf(user);
    const { token } = (await requestPasswordReset(database.db, { email: user.email }, NOW))!;
    const before = await snapshotDatabase(database.db);
    await expect(
      changeMyPassword(database.db, me, { currentPassword: "feil-passord-her", password: NEW_PASSWORD, repeatPassword: NEW_PASSWORD }, NOW),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { currentPassword: [{ reason: "passwordWrong" }] },
    });
    expect(await snapshotDatabase(database.db)).toEqual(before);
    await changeMyPassword(database.db, me, { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, repeatPassword: NEW_PASSWORD }, NOW);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect((await verifyCredentials(database.db, user.email, NEW_PASSWORD, null, minutesLater(1))).userId).toBe(user.id);
    expect(await getPasswordResetLink(database.db, token, minutesLater(1))).toBeNull();
  });
});
