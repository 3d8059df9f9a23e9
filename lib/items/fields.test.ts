import { describe, expect, it } from "vitest";
import { checkItemFields, itemColumns, keepKindFields, type ItemFields } from "./fields";
import { itemInputSchema } from "./schemas";

const hearing: ItemFields = {
  kind: "HEARING",
  title: "Høring om endringer i utlendingsloven",
  reference: "25/1234",
  summary: null,
  url: null,
  sentOn: "2025-03-14",
  deadline: "2025-06-16",
  startOn: null,
  endOn: null,
  startTime: null,
  endTime: null,
  location: null,
  isOnline: false,
};
const seminar: ItemFields = {
  ...hearing,
  kind: "SEMINAR",
  title: "Fagdag om identifisering",
  sentOn: null,
  deadline: null,
  startOn: "2025-10-26",
  endOn: null,
  startTime: "09:30",
  endTime: "15:00",
  location: "Oslo",
};

function problemsOf(item: ItemFields): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  checkItemFields(item, (field, reason) => (found[field] ??= []).push(reason));
  return found;
}

describe("the item's one rule", () => {
  it("accepts a hearing and a seminar with their dates in order", () => {
    expect(problemsOf(hearing)).toEqual({});
    expect(problemsOf(seminar)).toEqual({});
  });

  it("names each problem by its code, on the field it belongs to", () => {
    expect(problemsOf({ ...hearing, deadline: null })).toEqual({ deadline: ["hearingDeadlineRequired"] });
    expect(problemsOf({ ...hearing, kind: "DEADLINE", deadline: null })).toEqual({ deadline: ["deadlineRequired"] });
    expect(problemsOf({ ...hearing, deadline: "2025-03-13" })).toEqual({ deadline: ["deadlineBeforeSent"] });
    expect(problemsOf({ ...seminar, startOn: null, startTime: null, endTime: null })).toEqual({ startOn: ["startRequired"] });
    expect(problemsOf({ ...seminar, endOn: "2025-10-25" })).toEqual({ endOn: ["endBeforeStart"] });
    expect(problemsOf({ ...seminar, startTime: null })).toEqual({ startTime: ["startTimeRequired"] });
    expect(problemsOf({ ...seminar, endTime: "09:30" })).toEqual({ endTime: ["endTimeBeforeStart"] });
    // Over two days, the second day may end earlier in the day than the first began.
    expect(problemsOf({ ...seminar, endOn: "2025-10-27", endTime: "09:00" })).toEqual({});
  });

  it("is the rule the editor's form applies", () => {
    const result = itemInputSchema.safeParse({ ...seminar, endTime: "09:00", actorId: null, newActorName: "KOM" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["endTime", "endTimeBeforeStart"]]);
  });
});

describe("the fields of the item's kind", () => {
  it("clears the seminar's days, times and place from other kinds, and the deadline from a seminar", () => {
    const wrongly = { ...hearing, startOn: "2025-05-01", startTime: "10:00", location: "Stortinget", isOnline: true };
    expect(keepKindFields(wrongly)).toEqual(hearing);
    expect(keepKindFields({ ...seminar, sentOn: "2025-09-01", deadline: "2025-10-01" })).toEqual({ ...seminar, endOn: "2025-10-26" });
  });
});

describe("item → columns", () => {
  it("stores days as days, times as instants in Oslo, and the sort dates", () => {
    const columns = itemColumns(keepKindFields(seminar));
    expect(columns.startOn?.toISOString()).toBe("2025-10-26T00:00:00.000Z");
    // 26 October 2025 is the first day of winter time: 09:30 in Oslo is 08:30 UTC.
    expect(columns.startAt?.toISOString()).toBe("2025-10-26T08:30:00.000Z");
    expect(columns.endAt?.toISOString()).toBe("2025-10-26T14:00:00.000Z");
    expect([columns.dueOn.toISOString(), columns.lastOn.toISOString()]).toEqual(["2025-10-26T00:00:00.000Z", "2025-10-26T00:00:00.000Z"]);
    const hearingColumns = itemColumns(hearing);
    expect([hearingColumns.sentOn?.toISOString(), hearingColumns.dueOn.toISOString(), hearingColumns.startAt]).toEqual([
      "2025-03-14T00:00:00.000Z",
      "2025-06-16T00:00:00.000Z",
      null,
    ]);
  });
});
