// The scheduler against a real PostgreSQL and a real SMTP server: the e-mails arrive once,
// to the right people, with the right subjects and links, also when the mail server is down
// for a while and when several schedulers run at once.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db/prisma";
import { createTestDatabase, type TestDatabase } from "../dev/testing/test-db";
import { startTestSmtpServer, type TestSmtpServer } from "../dev/testing/smtp";
import { runSchedulerOnce } from "./scheduler";
import { BASE_URL, createScenario, NOW, schedulerDeps, SECRET } from "../dev/testing/reminder-scenario";
import { checkUnsubscribeToken } from "./unsubscribe-token";

const subjects = (smtp: TestSmtpServer) =>
  smtp.messages.map((mail) => `${mail.to && "text" in mail.to ? mail.to.text : ""} | ${mail.subject}`).sort();

function expectEachOnce(smtp: TestSmtpServer, count: number) {
  const ids = smtp.messages.map((mail) => mail.messageId);
  expect(ids).toHaveLength(count);
  expect(new Set(ids).size).toBe(count);
  expect(new Set(subjects(smtp)).size).toBe(count);
}

describe("reminder scheduler", () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  beforeEach(async () => {
    database = await createTestDatabase();
    smtp = await startTestSmtpServer();
  });
  afterEach(async () => {
    await smtp.stop();
    await database.drop();
  });

  it("sends each due e-mail once, to the right member, with subject, links and unsubscribe headers", async () => {
    const scenario = await createScenario(database.db);
    const deps = schedulerDeps(database.db, smtp.port);
    const first = await runSchedulerOnce(deps);
    expect(first).toMatchObject({ hasPlanned: true, queued: 6, sent: 6, retry: 0, failed: 0 });
    expect(subjects(smtp)).toEqual(
      [
        `${scenario.kari.email} | Frist 20. januar 2025: Høring med kort frist`,
        `${scenario.kari.email} | Frist 31. januar 2025: Høring om barn & unge <2025>`,
        `${scenario.john.email} | Deadline 20 January 2025: Høring med kort frist`,
        `${scenario.john.email} | Deadline 31 January 2025: Høring om barn & unge <2025>`,
        `${scenario.john.email} | Deadline 31 January 2025: Besvart høring`,
        `${scenario.john.email} | Fristvakt: the week's overview 17 January 2025`,
      ].sort(),
    );
    expect(smtp.recipients.flat().sort()).toEqual([...Array(2).fill(scenario.kari.email), ...Array(4).fill(scenario.john.email)].sort());

    const mail = smtp.messages.find((m) => m.subject === "Frist 31. januar 2025: Høring om barn & unge <2025>")!;
    expect(mail.from?.value).toEqual([{ name: "Fristvakt", address: "frister@fristvakt.example" }]);
    expect(mail.text).toContain(`${BASE_URL}/items/${scenario.items.fortnight.id}`);
    expect(mail.text).toContain("(om 14 dager)");
    expect(mail.html).toContain("Høring om barn &amp; unge &lt;2025&gt;");
    const pageLink = /https:\/\/fristvakt\.example\/unsubscribe\/([^\s"<]+)/.exec(mail.text ?? "")?.[1];
    expect(checkUnsubscribeToken(SECRET, pageLink ?? "", NOW)).toEqual({ isValid: true, userId: scenario.kari.id, purpose: "reminders" });
    const header = (key: string) => mail.headerLines.find((line) => line.key === key)?.line;
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toContain(`<${BASE_URL}/api/unsubscribe/${pageLink}>`);

    // Again, and after a restart (a new client on the same database): nothing more.
    expect(await runSchedulerOnce(deps)).toMatchObject({ queued: 0, sent: 0 });
    const restarted = createPrismaClient(database.url, { max: 2 });
    expect(await runSchedulerOnce({ ...deps, db: restarted })).toMatchObject({ queued: 0, sent: 0 });
    await restarted.$disconnect();
    expectEachOnce(smtp, 6);
    const rows = await database.db.sentEmail.findMany();
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(Array(6).fill(["SENT", 1]));
    deps.mailer.close();
  });

  it("answered before the reminder is due: no e-mail for it", async () => {
    const scenario = await createScenario(database.db);
    const before = new Date("2025-01-16T12:00:00+01:00");
    const deps = schedulerDeps(database.db, smtp.port, () => before);
    // The day before: only the short hearing's 14-day reminder is due.
    expect(await runSchedulerOnce(deps)).toMatchObject({ sent: 2 });
    expect(smtp.messages.every((m) => m.subject?.endsWith("Høring med kort frist"))).toBe(true);
    await database.db.response.create({
      data: { organisationId: scenario.orgA.id, itemId: scenario.items.fortnight.id, status: "DECLINED" },
    });
    await runSchedulerOnce({ ...deps, clock: () => NOW });
    const about = (email: string) =>
      smtp.messages.filter((m) => m.subject?.includes("barn & unge") && JSON.stringify(m.to).includes(email));
    expect(about(scenario.kari.email)).toEqual([]);
    expect(about(scenario.john.email)).toHaveLength(1);
    deps.mailer.close();
  });

  it("retries with back-off while the mail server is down or refusing, then delivers each e-mail exactly once", async () => {
    await createScenario(database.db);
    let now = NOW;
    const deps = schedulerDeps(database.db, smtp.port, () => now);
    await smtp.stop();
    const down = await runSchedulerOnce(deps);
    expect(down).toMatchObject({ queued: 6, sent: 0, failed: 0 });
    expect(down.retry).toBeGreaterThan(0);
    const waiting = await database.db.sentEmail.findMany({ where: { attempts: 1 } });
    expect(waiting.every((row) => row.status === "QUEUED" && row.lastError && row.nextAttemptAt.getTime() === NOW.getTime() + 60_000)).toBe(
      true,
    );

    // Up again but refusing for now (451): still nothing delivered, nothing lost.
    await smtp.start();
    smtp.isRefusing = true;
    now = new Date(NOW.getTime() + 61_000);
    await runSchedulerOnce(deps);
    expect(smtp.messages).toHaveLength(0);
    expect(await database.db.sentEmail.count({ where: { status: "QUEUED" } })).toBe(6);

    smtp.isRefusing = false;
    for (let minutes = 2; minutes <= 20; minutes += 2) {
      now = new Date(NOW.getTime() + minutes * 60_000);
      await runSchedulerOnce(deps);
    }
    expectEachOnce(smtp, 6);
    expect(await database.db.sentEmail.count({ where: { status: "SENT" } })).toBe(6);
    deps.mailer.close();
  });

  it("sends each e-mail once when two schedulers on separate connections run at the same time", async () => {
    await createScenario(database.db);
    await smtp.stop();
    const slow = await startTestSmtpServer({ delayMs: 40 });
    const clients = [createPrismaClient(database.url, { max: 3 }), createPrismaClient(database.url, { max: 3 })];
    const runs = clients.map((db) => schedulerDeps(db, slow.port));
    const summaries = await Promise.all([...runs, ...runs].map((deps) => runSchedulerOnce(deps)));
    expect(summaries.reduce((sum, s) => sum + s.queued, 0)).toBe(6);
    expect(summaries.reduce((sum, s) => sum + s.sent, 0)).toBe(6);
    expectEachOnce(slow, 6);
    for (const deps of runs) deps.mailer.close();
    await Promise.all(clients.map((db) => db.$disconnect()));
    await slow.stop();
  });
});

afterAll(() => undefined);
