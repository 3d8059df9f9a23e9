import { describe, expect, it } from "vitest";
import { findLineProblems, parseCalendar } from "../dev/testing/ical";
import type { ResponseView } from "../responses/types";
import { renderPrivateCalendar as render } from "../dev/testing/calendar-text";
import { feedItem } from "./test-items";

function response(patch: Partial<ResponseView>): ResponseView {
  return {
    id: "r1",
    itemId: "",
    status: "IN_PROGRESS",
    answeredOn: null,
    answerUrl: null,
    note: null,
    internalDeadline: null,
    version: 0,
    updatedAt: new Date("2025-01-05T10:00:00Z"),
    updatedByName: null,
    responsibleUserId: null,
    responsibleName: null,
    ...patch,
  };
}

describe("an organisation's private calendar", () => {
  const answered = feedItem({ title: "Høring om æøå, med komma; og semikolon", reference: null, deadline: "2025-01-17", version: 3 });
  const untouched = feedItem({ id: "00000000-0000-4000-8000-000000000002", title: "Uten svar", reference: null, deadline: "2025-02-01" });

  it("puts the response status before the summary and the internal deadline in an event of its own", () => {
    const text = render({
      organisationName: "Kirkens Bymisjon, Oslo",
      items: [answered, untouched],
      responses: new Map([
        [answered.id, response({ itemId: answered.id, status: "ANSWERED", internalDeadline: "2025-01-14", version: 2 })],
      ]),
      baseUrl: "https://fristvakt.no",
    });
    expect(findLineProblems(text)).toEqual([]);
    const calendar = parseCalendar(text);
    expect(calendar.name).toBe("Fristvakt – Kirkens Bymisjon, Oslo");
    const main = calendar.events.find((event) => event.uid === `${answered.id}@fristvakt.no`)!;
    expect(main.summary).toBe("✓ Besvart – Høringsfrist: Høring om æøå, med komma; og semikolon");
    const internal = calendar.events.find((event) => event.uid === `${answered.id}-intern@fristvakt.no`)!;
    expect([internal.start, internal.end, internal.isAllDay]).toEqual(["2025-01-14", "2025-01-15", true]);
    expect(internal.summary).toBe("Intern frist: Høringsfrist: Høring om æøå, med komma; og semikolon");
    expect(calendar.events.find((event) => event.uid === `${untouched.id}@fristvakt.no`)!.summary).toBe("Høringsfrist: Uten svar");
  });

  it("raises an event's SEQUENCE when the organisation's response changes", () => {
    const sequenceWith = (version: number) =>
      parseCalendar(
        render({
          organisationName: "Org",
          items: [answered],
          responses: new Map([[answered.id, response({ itemId: answered.id, version })]]),
          baseUrl: "https://fristvakt.no",
        }),
      ).events[0].sequence;
    expect(sequenceWith(1)).toBeGreaterThan(sequenceWith(0));
  });
});
