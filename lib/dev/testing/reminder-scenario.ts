// A database with two organisations' members and three open hearings, and the scheduler's
// dependencies pointed at a test SMTP server, for the mail integration tests.
import type { Db } from "../../db/prisma";
import { createActor, createItem, createOrganisationRow, createResponseRow, createUserRow } from "./factories";
import { SMTP_PASS, SMTP_USER } from "./smtp";
import { mailSettingsFromEnv } from "../../settings/mail";
import { createMailer } from "../../mail/mailer";
import type { SchedulerDeps } from "../../reminders/scheduler";

export const BASE_URL = "https://fristvakt.example";
export const SECRET = "scheduler-test-secret-0123456789abcdef";
/** Friday 17 January 2025, 07:30 in Oslo: the 14-day reminder for 31 January is due. */
export const NOW = new Date("2025-01-17T07:30:00+01:00");

export function smtpEnv(port: number): Record<string, string> {
  return {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(port),
    SMTP_USER,
    SMTP_PASS,
    SMTP_SECURE: "false",
    FRISTVAKT_MAIL_FROM: "Fristvakt <frister@fristvakt.example>",
  };
}

export function schedulerDeps(db: Db, port: number, clock: () => Date = () => NOW): SchedulerDeps {
  const settings = mailSettingsFromEnv(BASE_URL, smtpEnv(port));
  return { db, mailer: createMailer(settings), baseUrl: BASE_URL, secret: SECRET, domain: settings.domain, clock };
}

/**
 * Kari (Bokmål, org A) and John (English, org B, digest on Fridays at 07:00). Org A has
 * answered "answered"; nobody has answered the others. Expected: Kari gets 2 reminders,
 * John 3 reminders and a digest.
 */
export async function createScenario(db: Db) {
  const actor = await createActor(db, { slug: "jd", shortName: "JD", name: "Justis- og beredskapsdepartementet" });
  const [orgA, orgB] = [
    await createOrganisationRow(db, { name: "Kirkens Bymisjon" }),
    await createOrganisationRow(db, { name: "Salvation Army" }),
  ];
  const kari = await createUserRow(db, { organisationId: orgA.id, email: `kari-${orgA.id.slice(0, 8)}@example.org`, name: "Kari" });
  const john = await createUserRow(db, { organisationId: orgB.id, email: `john-${orgB.id.slice(0, 8)}@example.org`, name: "John" });
  await db.user.update({ where: { id: john.id }, data: { locale: "en" } });
  await db.reminderPreference.create({ data: { userId: john.id, digestWeekday: 5, digestTime: "07:00" } });
  const fortnight = await createItem(db, { actorId: actor.id, deadline: "2025-01-31", title: "Høring om barn & unge <2025>" });
  const soon = await createItem(db, { actorId: actor.id, deadline: "2025-01-20", title: "Høring med kort frist" });
  const answered = await createItem(db, { actorId: actor.id, deadline: "2025-01-31", title: "Besvart høring" });
  await createResponseRow(db, { organisationId: orgA.id, itemId: answered.id, status: "ANSWERED", answeredOn: "2025-01-15" });
  // Closed long ago and cancelled: never mentioned.
  await createItem(db, { actorId: actor.id, deadline: "2024-06-01", title: "Gammel høring" });
  await createItem(db, {
    actorId: actor.id,
    deadline: "2025-01-31",
    title: "Avlyst høring",
    cancelledAt: new Date("2025-01-05T09:00:00Z"),
  });
  return { kari, john, orgA, orgB, items: { fortnight, soon, answered }, expectedCount: 6 };
}
