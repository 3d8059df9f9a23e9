// The weekly digest: due from the member's weekday and time in Oslo for a day, and holding
// what closes in 14 days, what is new this week and what is overdue, without answered items.
import { describe, expect, it } from "vitest";
import { dueDigestDay, selectDigests } from "./select";
import { item, member, NO_PREFERENCES, preferencesFor, response, settings } from "../dev/testing/reminder-data";

const at = (instant: string) => new Date(instant);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

const soon = item({ id: "c0000000-0000-4000-8000-000000000001", deadline: "2025-01-20", createdAt: at("2024-12-01T09:00:00Z") });
const later = item({ id: "c0000000-0000-4000-8000-000000000002", deadline: "2025-03-01", createdAt: at("2025-01-10T09:00:00Z") });
const overdue = item({ id: "c0000000-0000-4000-8000-000000000003", deadline: "2025-01-03", createdAt: at("2024-11-01T09:00:00Z") });
const old = item({ id: "c0000000-0000-4000-8000-000000000004", deadline: "2025-05-01", createdAt: at("2024-11-01T09:00:00Z") });
const ALL = [soon, later, overdue, old];

describe("dueDigestDay", () => {
  it("is due from Monday 08:00 Oslo time for one day", () => {
    const monday = settings();
    expect(dueDigestDay(monday, at("2025-01-13T07:59:59+01:00"))).toBeNull();
    expect(dueDigestDay(monday, at("2025-01-13T08:00:00+01:00"))).toBe("2025-01-13");
    expect(dueDigestDay(monday, at("2025-01-14T07:59:59+01:00"))).toBe("2025-01-13");
    expect(dueDigestDay(monday, at("2025-01-14T08:00:00+01:00"))).toBeNull();
  });

  it("follows the chosen weekday and time, in summer time too", () => {
    const sunday = settings({ digestWeekday: 7, digestTime: "18:30" });
    expect(dueDigestDay(sunday, at("2025-03-30T16:29:59Z"))).toBeNull();
    expect(dueDigestDay(sunday, at("2025-03-30T16:30:00Z"))).toBe("2025-03-30");
    // Monday 31 March 2025, 08:00 summer time is 06:00 UTC.
    expect(dueDigestDay(settings(), at("2025-03-31T05:59:59Z"))).toBeNull();
    expect(dueDigestDay(settings(), at("2025-03-31T06:00:00Z"))).toBe("2025-03-31");
  });
});

describe("selectDigests", () => {
  const monday = at("2025-01-13T08:00:00+01:00");

  it("lists what closes in 14 days, what is new since last week and what is overdue", () => {
    const [digest] = selectDigests([member()], ALL, [], NO_PREFERENCES, monday);
    expect(digest.digestOn).toBe("2025-01-13");
    expect(digest.dedupeKey).toBe(`digest:${member().userId}:2025-01-13`);
    expect(ids(digest.closingSoon)).toEqual([soon.id]);
    expect(ids(digest.newItems)).toEqual([later.id]);
    expect(ids(digest.overdue)).toEqual([overdue.id]);
  });

  it("leaves out what the organisation has answered or declined, and sends nothing when nothing is left", () => {
    const responses = [response({ itemId: soon.id, status: "ANSWERED" }), response({ itemId: overdue.id, status: "DECLINED" })];
    const [digest] = selectDigests([member()], ALL, responses, NO_PREFERENCES, monday);
    expect(ids(digest.closingSoon)).toEqual([]);
    expect(ids(digest.overdue)).toEqual([]);
    expect(selectDigests([member()], [soon, old], [responses[0]], NO_PREFERENCES, monday)).toEqual([]);
  });

  it("is off when switched off, and keeps to the filters", () => {
    const userId = member().userId;
    expect(selectDigests([member()], ALL, [], preferencesFor(userId, { isDigestOn: false }), monday)).toEqual([]);
    expect(selectDigests([member()], ALL, [], preferencesFor(userId, { kinds: ["SEMINAR"] }), monday)).toEqual([]);
  });
});
