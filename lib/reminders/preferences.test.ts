// Saving one's own reminder settings, and unsubscribing from a link without signing in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { createActor, createOrganisationRow, createTopic, createUserRow, viewerOf } from "../dev/testing/factories";
import { getMyReminderPreferences, saveMyReminderPreferences } from "./preferences";
import { DEFAULT_REMINDER_SETTINGS } from "./types";
import { getUnsubscribeTarget, unsubscribeByToken } from "./unsubscribe";
import { createUnsubscribeToken } from "./unsubscribe-token";

const NOW = new Date("2025-01-10T11:00:00Z");
const SECRET = "preferences-test-secret-0123456789abcdef";
const FORM = {
  isRemindersOn: "on",
  daysBefore: "3, 14 ,7,7",
  isInternalDeadlineReminderOn: null,
  isDigestOn: "on",
  digestWeekday: "5",
  digestTime: "07:30",
  actorSlugs: ["jd"],
  topicSlugs: [],
  kinds: ["HEARING", "DEADLINE"],
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof AppError ? error.code : error),
  );

describe("reminder preferences", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await createActor(database.db, { slug: "jd" });
    await createTopic(database.db, { slug: "barn" });
  });
  afterAll(() => database.drop());

  async function member() {
    const organisation = await createOrganisationRow(database.db);
    return createUserRow(database.db, { organisationId: organisation.id });
  }

  it("start from the defaults, save as the form sends them, and record one audit row per change", async () => {
    const user = await member();
    const viewer = viewerOf(user);
    expect(await getMyReminderPreferences(database.db, viewer)).toEqual(DEFAULT_REMINDER_SETTINGS);
    const saved = await saveMyReminderPreferences(database.db, viewer, FORM as never, NOW);
    expect(saved).toEqual({
      isRemindersOn: true,
      daysBefore: [14, 7, 3],
      isInternalDeadlineReminderOn: false,
      isDigestOn: true,
      digestWeekday: 5,
      digestTime: "07:30",
      actorSlugs: ["jd"],
      topicSlugs: [],
      kinds: ["HEARING", "DEADLINE"],
    });
    expect(await getMyReminderPreferences(database.db, viewer)).toEqual(saved);
    const audits = await database.db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityType: "user", action: "update_reminders", actorUserId: user.id });
    expect(audits[0].changes).toMatchObject({ daysBefore: ["14,3", "14,7,3"], digestWeekday: [1, 5] });
    await saveMyReminderPreferences(database.db, viewer, FORM as never, NOW);
    expect(await database.db.auditEvent.count({ where: { entityId: user.id } })).toBe(1);
  });

  it("refuse what cannot be saved, field by field", async () => {
    const viewer = viewerOf(await member());
    const fieldsOf = (patch: object) =>
      saveMyReminderPreferences(database.db, viewer, { ...FORM, ...patch } as never, NOW).then(
        () => [],
        (error: AppError) => Object.keys(error.fieldErrors),
      );
    expect(await fieldsOf({ daysBefore: "14, tre" })).toEqual(["daysBefore"]);
    expect(await fieldsOf({ daysBefore: "91" })).toEqual(["daysBefore"]);
    expect(await fieldsOf({ daysBefore: "1,2,3,4,5,6,7" })).toEqual(["daysBefore"]);
    expect(await fieldsOf({ digestWeekday: "8" })).toEqual(["digestWeekday"]);
    expect(await fieldsOf({ digestTime: "24:00" })).toEqual(["digestTime"]);
    expect(await fieldsOf({ actorSlugs: ["finnes-ikke"] })).toEqual(["actorSlugs"]);
    expect(await fieldsOf({ kinds: ["MEETING"] })).toEqual(["kinds"]);
    expect(await fieldsOf({ organisationId: "x" })).toEqual([]);
    expect(await codeOf(saveMyReminderPreferences(database.db, viewer, { ...FORM, userId: "x" } as never, NOW))).toBe("INVALID_INPUT");
  });

  it("unsubscribe from a link's token without a session, for the link's purpose only, harmlessly twice", async () => {
    const user = await member();
    const token = createUnsubscribeToken(SECRET, user.id, "digest", NOW);
    expect(await getUnsubscribeTarget(database.db, SECRET, token, NOW)).toEqual({ purpose: "digest", email: user.email, isOff: false });
    await unsubscribeByToken(database.db, SECRET, token, NOW);
    await unsubscribeByToken(database.db, SECRET, token, NOW);
    expect(await getMyReminderPreferences(database.db, viewerOf(user))).toMatchObject({ isDigestOn: false, isRemindersOn: true });
    expect(await getUnsubscribeTarget(database.db, SECRET, token, NOW)).toMatchObject({ isOff: true });
    expect(await database.db.auditEvent.count({ where: { entityId: user.id, action: "unsubscribe" } })).toBe(1);

    await unsubscribeByToken(database.db, SECRET, createUnsubscribeToken(SECRET, user.id, "reminders", NOW), NOW);
    expect(await getMyReminderPreferences(database.db, viewerOf(user))).toMatchObject({
      isRemindersOn: false,
      isInternalDeadlineReminderOn: false,
    });
  });

  it("refuse a forged or foreign token and change nothing", async () => {
    const user = await member();
    const forged = createUnsubscribeToken("another-secret-0123456789abcdef-xyz", user.id, "reminders", NOW);
    expect(await codeOf(unsubscribeByToken(database.db, SECRET, forged, NOW))).toBe("NOT_FOUND");
    expect(await codeOf(unsubscribeByToken(database.db, SECRET, "nonsense", NOW))).toBe("NOT_FOUND");
    expect(await getUnsubscribeTarget(database.db, SECRET, forged, NOW)).toBeNull();
    const gone = createUnsubscribeToken(SECRET, "99999999-9999-4999-8999-999999999999", "digest", NOW);
    expect(await codeOf(unsubscribeByToken(database.db, SECRET, gone, NOW))).toBe("NOT_FOUND");
    expect(await database.db.reminderPreference.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuse a link more than a year old with a sentence of its own, and change nothing", async () => {
    const user = await member();
    const sent = new Date("2024-01-09T08:00:00Z");
    const token = createUnsubscribeToken(SECRET, user.id, "digest", sent);
    expect(await getUnsubscribeTarget(database.db, SECRET, token, new Date("2025-01-08T12:00:00Z"))).toMatchObject({ isOff: false });
    expect(await getUnsubscribeTarget(database.db, SECRET, token, NOW)).toBe("expired");
    const refused = await unsubscribeByToken(database.db, SECRET, token, NOW).catch((error: AppError) => error);
    expect(refused).toMatchObject({ code: "NOT_FOUND", reason: "UNSUBSCRIBE_LINK_EXPIRED" });
    expect(await database.db.reminderPreference.count({ where: { userId: user.id } })).toBe(0);
  });
});
