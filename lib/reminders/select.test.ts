// Which reminders are due: Oslo days, the 07:00 send time across daylight-saving changes, the
// organisation's answer, internal deadlines and filters. The feed item's deadline is
// 31 January 2025, so the 14-day reminder is due from 17 January 07:00 Oslo time.
import { describe, expect, it } from "vitest";
import { selectReminders } from "./select";
import { item, member, NO_PREFERENCES, ORG_B, preferencesFor, response } from "../dev/testing/reminder-data";

const at = (instant: string) => new Date(instant);
const due = (instant: string, ...args: Partial<Parameters<typeof selectReminders>>) =>
  selectReminders(args[0] ?? [member()], args[1] ?? [item()], args[2] ?? [], args[3] ?? NO_PREFERENCES, at(instant));
const summary = (reminders: ReturnType<typeof selectReminders>) => reminders.map((r) => `${r.kind}:${r.offsetDays}:${r.dueOn}`);

describe("selectReminders", () => {
  it("sends the 14-day reminder from 07:00 Oslo time on its day, not before", () => {
    expect(due("2025-01-17T06:59:59+01:00")).toEqual([]);
    const [reminder] = due("2025-01-17T07:00:00+01:00");
    expect(reminder).toMatchObject({ kind: "REMINDER", offsetDays: 14, dueOn: "2025-01-31", responseStatus: null });
    expect(reminder.dedupeKey).toBe(`reminder:${member().userId}:${item().id}:2025-01-31:14`);
  });

  it("sends only the latest due reminder after a pause, and none once the deadline day has ended", () => {
    expect(summary(due("2025-01-29T12:00:00+01:00"))).toEqual(["REMINDER:3:2025-01-31"]);
    expect(summary(due("2025-01-31T23:59:59+01:00"))).toEqual(["REMINDER:3:2025-01-31"]);
    expect(due("2025-02-01T00:00:00+01:00")).toEqual([]);
  });

  it("answered or declined before the reminder is due: no e-mail", () => {
    for (const status of ["ANSWERED", "DECLINED"] as const) {
      expect(due("2025-01-29T12:00:00+01:00", undefined, undefined, [response({ status })])).toEqual([]);
    }
    const planned = due("2025-01-29T12:00:00+01:00", undefined, undefined, [response({ status: "IN_PROGRESS" })]);
    expect(planned.map((r) => r.responseStatus)).toEqual(["IN_PROGRESS"]);
  });

  it("goes by the member's own organisation's answer", () => {
    const other = member({ userId: "22222222-2222-4222-8222-222222222222", organisationId: ORG_B });
    const reminders = due("2025-01-29T12:00:00+01:00", [member(), other], undefined, [response({ status: "ANSWERED" })]);
    expect(reminders.map((r) => r.member.userId)).toEqual([other.userId]);
  });

  it("skips cancelled items, seminars and items without a deadline", () => {
    const items = [
      item({ id: "a1000000-0000-4000-8000-000000000001", cancelledAt: at("2025-01-05T09:00:00Z") }),
      item({ id: "a1000000-0000-4000-8000-000000000002", kind: "SEMINAR", deadline: null, startOn: "2025-01-31" }),
      item({ id: "a1000000-0000-4000-8000-000000000003", deadline: null }),
    ];
    expect(due("2025-01-29T12:00:00+01:00", undefined, items)).toEqual([]);
  });

  it("reminds before the internal deadline too, each switch on its own", () => {
    const responses = [response({ status: "IN_PROGRESS", internalDeadline: "2025-01-20" })];
    const now = "2025-01-17T07:00:00+01:00";
    expect(summary(due(now, undefined, undefined, responses)).sort()).toEqual(["INTERNAL_REMINDER:3:2025-01-20", "REMINDER:14:2025-01-31"]);
    const userId = member().userId;
    expect(summary(due(now, undefined, undefined, responses, preferencesFor(userId, { isInternalDeadlineReminderOn: false })))).toEqual([
      "REMINDER:14:2025-01-31",
    ]);
    expect(summary(due(now, undefined, undefined, responses, preferencesFor(userId, { isRemindersOn: false })))).toEqual([
      "INTERNAL_REMINDER:3:2025-01-20",
    ]);
    const allOff = preferencesFor(userId, { isRemindersOn: false, isInternalDeadlineReminderOn: false });
    expect(due(now, undefined, undefined, responses, allOff)).toEqual([]);
  });

  it("reminds only the responsible colleague when one is named, and everyone when that colleague is gone", () => {
    const colleague = member({ userId: "33333333-3333-4333-8333-333333333333", email: "ola@example.org", name: "Ola" });
    const responsible = [response({ status: "FOLLOWING", responsibleUserId: colleague.userId, internalDeadline: "2025-01-31" })];
    const now = "2025-01-29T12:00:00+01:00";
    const reminded = due(now, [member(), colleague], undefined, responsible);
    expect(reminded.map((r) => `${r.member.userId}:${r.kind}`).sort()).toEqual([
      `${colleague.userId}:INTERNAL_REMINDER`,
      `${colleague.userId}:REMINDER`,
    ]);
    // Without a responsible colleague, or once they are no longer an active member: everyone, as before.
    expect(new Set(due(now, [member(), colleague], undefined, [response({ status: "FOLLOWING" })]).map((r) => r.member.userId)).size).toBe(
      2,
    );
    expect(due(now, [member()], undefined, responsible).map((r) => r.member.userId)).toEqual([member().userId, member().userId]);
  });

  it("uses the member's own days before, including the deadline day itself", () => {
    const prefs = preferencesFor(member().userId, { daysBefore: [7, 0] });
    expect(due("2025-01-17T07:00:00+01:00", undefined, undefined, undefined, prefs)).toEqual([]);
    expect(summary(due("2025-01-24T07:00:00+01:00", undefined, undefined, undefined, prefs))).toEqual(["REMINDER:7:2025-01-31"]);
    expect(summary(due("2025-01-31T07:00:00+01:00", undefined, undefined, undefined, prefs))).toEqual(["REMINDER:0:2025-01-31"]);
  });

  it("keeps to the filters: actors, topics and kinds", () => {
    const userId = member().userId;
    const now = "2025-01-29T12:00:00+01:00";
    expect(due(now, undefined, undefined, undefined, preferencesFor(userId, { actorSlugs: ["jd"] }))).toEqual([]);
    expect(due(now, undefined, undefined, undefined, preferencesFor(userId, { actorSlugs: ["jd", "dfd"] }))).toHaveLength(1);
    expect(due(now, undefined, undefined, undefined, preferencesFor(userId, { topicSlugs: ["barn"] }))).toEqual([]);
    expect(due(now, undefined, undefined, undefined, preferencesFor(userId, { topicSlugs: ["velferdstjenester"] }))).toHaveLength(1);
    expect(due(now, undefined, undefined, undefined, preferencesFor(userId, { kinds: ["STRATEGY_INPUT"] }))).toEqual([]);
    expect(due(now, undefined, undefined, undefined, preferencesFor(userId, { kinds: ["HEARING"] }))).toHaveLength(1);
  });

  it("counts 07:00 in Oslo summer time on the spring and autumn change days", () => {
    // 30 March 2025: clocks go from 02:00 to 03:00, so 07:00 is 05:00 UTC.
    const spring = [item({ deadline: "2025-04-13" })];
    expect(due("2025-03-30T04:59:59Z", undefined, spring)).toEqual([]);
    expect(summary(due("2025-03-30T05:00:00Z", undefined, spring))).toEqual(["REMINDER:14:2025-04-13"]);
    // 26 October 2025: clocks go from 03:00 back to 02:00, so 07:00 is 06:00 UTC.
    const autumn = [item({ deadline: "2025-11-09" })];
    expect(due("2025-10-26T05:59:59Z", undefined, autumn)).toEqual([]);
    expect(summary(due("2025-10-26T06:00:00Z", undefined, autumn))).toEqual(["REMINDER:14:2025-11-09"]);
  });

  it("gives the same answers whatever time zone the server runs in", () => {
    const original = process.env.TZ;
    const cases = ["2025-01-16T23:30:00Z", "2025-01-17T06:00:00Z", "2025-03-30T05:00:00Z", "2025-01-31T22:59:59Z", "2025-01-31T23:00:00Z"];
    const answers = (zone: string) => {
      process.env.TZ = zone;
      return cases.map((instant) =>
        summary(due(instant, undefined, [item(), item({ id: "b2000000-0000-4000-8000-000000000001", deadline: "2025-04-13" })])),
      );
    };
    try {
      const oslo = answers("Europe/Oslo");
      expect(oslo[0]).toEqual([]);
      expect(oslo[1]).toEqual(["REMINDER:14:2025-01-31"]);
      expect(oslo[4]).toEqual([]);
      for (const zone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"]) {
        process.env.TZ = zone;
        expect(new Date(2025, 0, 1).getTimezoneOffset(), zone).not.toBe(-60);
        expect(answers(zone), zone).toEqual(oslo);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
