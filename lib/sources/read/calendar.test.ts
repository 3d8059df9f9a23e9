import { afterEach, describe, expect, it } from "vitest";
import { readCalendarEntries } from "./calendar";
import { SourceFormatError } from "./errors";
import { fixture } from "./test-fixtures";

const byKey = (ics: string) => new Map(readCalendarEntries(ics).map((entry) => [entry.key, entry]));

function calendar(...events: string[][]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Kalender//NO"];
  for (const event of events) lines.push("BEGIN:VEVENT", "DTSTAMP:20261201T080000Z", ...event, "END:VEVENT");
  lines.push("END:VCALENDAR");
  return lines.join("\r\n") + "\r\n";
}

describe("readCalendarEntries: a partner's course calendar", () => {
  const entries = byKey(fixture("calendar/partner-courses.ics"));

  it("reads a timed course in winter time, unfolding lines and unescaping commas", () => {
    const course = entries.get("kurs-2027-0114-identifisering@kompetansesenteret.no")!;
    expect(course).toMatchObject({
      kind: "SEMINAR",
      title: "Kurs: Identifisering av mulige ofre for menneskehandel",
      startOn: "2027-01-14",
      endOn: "2027-01-14",
      startAt: "2027-01-14T09:00:00+01:00",
      endAt: "2027-01-14T15:30:00+01:00",
      location: "Kulturhuset, Youngs gate 6, 0181 Oslo",
      isOnline: false,
      url: "https://kompetansesenteret.example.no/kurs/identifisering-2027",
      cancelled: false,
      statusText: "CONFIRMED",
      reviewReason: null,
      deadline: null,
    });
    expect(course.summary).toBe(
      "Grunnkurs for ansatte i kommuner, NAV og helsetjenesten. Vi går gjennom indikatorer, samtaleteknikk og hvem som kan hjelpe videre. Kurset er gratis; lunsj er inkludert.\nPåmelding på nettsidene våre.",
    );
  });

  it("converts a time after the switch to summer time, and sees a Teams webinar as online", () => {
    expect(entries.get("webinar-2027-0406-arbeidsutnytting@kompetansesenteret.no")).toMatchObject({
      startAt: "2027-04-06T13:00:00+02:00",
      endAt: "2027-04-06T14:30:00+02:00",
      isOnline: true,
    });
  });

  it("reads an all-day conference with its exclusive DTEND as its last day", () => {
    expect(entries.get("konferanse-2027-05@kompetansesenteret.no")).toMatchObject({
      kind: "SEMINAR",
      startOn: "2027-05-11",
      endOn: "2027-05-12",
      startAt: null,
      endAt: null,
      location: "Scandic Holmenkollen Park, Kongeveien 26, Oslo",
    });
  });

  it("makes a Påmeldingsfrist event a deadline on its day", () => {
    expect(entries.get("pamelding-konferanse-2027-05@kompetansesenteret.no")).toMatchObject({
      kind: "DEADLINE",
      deadline: "2027-04-01",
      startOn: null,
      startAt: null,
      url: "https://kompetansesenteret.example.no/konferanse-2027",
    });
  });

  it("cancels a STATUS:CANCELLED course and takes AVLYST out of its title", () => {
    expect(entries.get("kurs-2027-0210-tolk@kompetansesenteret.no")).toMatchObject({
      cancelled: true,
      statusText: "CANCELLED",
      title: "Bruk av tolk i samtaler med utsatte",
    });
  });

  it("reads a UTC time into Oslo time and a 'digitalt' meeting as online", () => {
    expect(entries.get("nettverksmote-2027-0302@kompetansesenteret.no")).toMatchObject({
      startAt: "2027-03-02T08:30:00+01:00",
      endAt: "2027-03-02T10:00:00+01:00",
      isOnline: true,
    });
  });

  it("sees the changed calendar's moved time, cancellation, moved deadline and new course", () => {
    const changed = byKey(fixture("calendar/partner-courses-changed.ics"));
    expect(changed.get("kurs-2027-0114-identifisering@kompetansesenteret.no")!.startAt).toBe("2027-01-14T10:00:00+01:00");
    expect(changed.get("webinar-2027-0406-arbeidsutnytting@kompetansesenteret.no")!.cancelled).toBe(true);
    expect(changed.get("pamelding-konferanse-2027-05@kompetansesenteret.no")!.deadline).toBe("2027-04-15");
    expect(changed.get("kurs-2027-0608-barn@kompetansesenteret.no")).toMatchObject({
      startAt: "2027-06-08T09:00:00+02:00",
      location: "Trondheim",
    });
    expect(changed.size).toBe(entries.size + 1);
  });
});

describe("readCalendarEntries: time zones", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("gives the same instants whatever the server's time zone", () => {
    process.env.TZ = "Asia/Tokyo";
    expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(-540);
    const entries = byKey(fixture("calendar/partner-courses.ics"));
    expect(entries.get("kurs-2027-0114-identifisering@kompetansesenteret.no")!.startAt).toBe("2027-01-14T09:00:00+01:00");
    expect(entries.get("konferanse-2027-05@kompetansesenteret.no")!.endOn).toBe("2027-05-12");
  });

  it("reads floating times and Outlook's Windows zone names as Oslo time", () => {
    const entries = readCalendarEntries(
      calendar(
        ["UID:a", "SUMMARY:Flytende", "DTSTART:20270615T090000", "DTEND:20270615T100000"],
        [
          "UID:b",
          "SUMMARY:Outlook",
          'DTSTART;TZID="W. Europe Standard Time":20271101T090000',
          'DTEND;TZID="W. Europe Standard Time":20271101T100000',
        ],
        ["UID:c", "SUMMARY:London", "DTSTART;TZID=Europe/London:20270615T090000"],
      ),
    );
    expect(entries.map((e) => e.startAt)).toEqual(["2027-06-15T09:00:00+02:00", "2027-11-01T09:00:00+01:00", "2027-06-15T10:00:00+02:00"]);
  });

  it("uses the calendar's own VTIMEZONE for a TZID the zone database does not know", () => {
    const ics = calendar(["UID:d", "SUMMARY:Egen sone", "DTSTART;TZID=Norsk tid:20270706T120000"]).replace(
      "BEGIN:VEVENT",
      [
        "BEGIN:VTIMEZONE",
        "TZID:Norsk tid",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
      ].join("\r\n"),
    );
    expect(readCalendarEntries(ics)[0].startAt).toBe("2027-07-06T12:00:00+02:00");
  });

  it("handles the nights daylight saving starts and ends", () => {
    const [spring, autumn, overnight] = readCalendarEntries(
      calendar(
        ["UID:s", "SUMMARY:Natt", "DTSTART;TZID=Europe/Oslo:20270328T013000", "DTEND;TZID=Europe/Oslo:20270328T033000"],
        ["UID:h", "SUMMARY:Natt", "DTSTART;TZID=Europe/Oslo:20271030T230000", "DTEND;TZID=Europe/Oslo:20271031T040000"],
        ["UID:m", "SUMMARY:Til midnatt", "DTSTART;TZID=Europe/Oslo:20270310T180000", "DTEND;TZID=Europe/Oslo:20270311T000000"],
      ),
    );
    // 01:30 CET to 03:30 CEST is one hour; the autumn night has an extra hour.
    expect(Date.parse(spring.endAt!) - Date.parse(spring.startAt!)).toBe(60 * 60 * 1000);
    expect(Date.parse(autumn.endAt!) - Date.parse(autumn.startAt!)).toBe(6 * 60 * 60 * 1000);
    expect(autumn).toMatchObject({ startOn: "2027-10-30", endOn: "2027-10-31" });
    expect(autumn.startAt).toBe("2027-10-30T23:00:00+02:00");
    // Ending at midnight ends on the day it started.
    expect(overnight).toMatchObject({ startOn: "2027-03-10", endOn: "2027-03-10" });
  });

  it("reads a time the clocks skip with the offset before, and a repeated time as its first occurrence", () => {
    const [skipped, repeated] = readCalendarEntries(
      calendar(
        ["UID:g", "SUMMARY:Hull", "DTSTART;TZID=Europe/Oslo:20270328T023000"],
        ["UID:r", "SUMMARY:To ganger", "DTSTART;TZID=Europe/Oslo:20271031T023000"],
      ),
    );
    expect(skipped.startAt).toBe("2027-03-28T03:30:00+02:00");
    expect(repeated.startAt).toBe("2027-10-31T02:30:00+02:00");
  });
});

describe("readCalendarEntries: edge cases", () => {
  it("reads a one-day all-day event without DTEND, and a DURATION", () => {
    const [single, timed] = readCalendarEntries(
      calendar(
        ["UID:1", "SUMMARY:Fagdag", "DTSTART;VALUE=DATE:20270301"],
        ["UID:2", "SUMMARY:Kurs", "DTSTART;TZID=Europe/Oslo:20270301T090000", "DURATION:PT2H30M"],
      ),
    );
    expect(single).toMatchObject({ startOn: "2027-03-01", endOn: "2027-03-01", startAt: null });
    expect(timed.endAt).toBe("2027-03-01T11:30:00+01:00");
  });

  it("tells deadlines from seminars by their summary's words", () => {
    const kinds = readCalendarEntries(
      calendar(
        ["UID:1", "SUMMARY:Frist for innspill til strategien", "DTSTART;VALUE=DATE:20270301"],
        ["UID:2", "SUMMARY:Søknadsfrist stipend", "DTSTART;TZID=Europe/Oslo:20270301T235900"],
        ["UID:3", "SUMMARY:Seminar om fristberegning", "DTSTART;VALUE=DATE:20270301"],
        ["UID:4", "SUMMARY:Frokostmøte med Fristvakt", "DTSTART;VALUE=DATE:20270301"],
      ),
    ).map((e) => [e.kind, e.deadline]);
    expect(kinds).toEqual([
      ["DEADLINE", "2027-03-01"],
      ["DEADLINE", "2027-03-01"],
      ["SEMINAR", null],
      ["SEMINAR", null],
    ]);
  });

  it("sees Zoom in the description, and a physical place as not online", () => {
    const [zoom, room] = readCalendarEntries(
      calendar(
        ["UID:1", "SUMMARY:Møte", "DESCRIPTION:Lenke til Zoom kommer.", "DTSTART;VALUE=DATE:20270301"],
        ["UID:2", "SUMMARY:Møte", "LOCATION:Zoologisk museum", "DTSTART;VALUE=DATE:20270301"],
      ),
    );
    expect([zoom.isOnline, room.isOnline]).toEqual([true, false]);
  });

  it("keeps an event with a bad date for review, never with an invented one", () => {
    const [entry] = readCalendarEntries(calendar(["UID:x", "SUMMARY:Kurs uten dato", "DTSTART;VALUE=DATE:00010101"]));
    expect(entry).toMatchObject({ key: "x", startOn: null, startAt: null, deadline: null });
    expect(entry.reviewReason).toMatch(/ingen dato/);
  });

  it("keeps an event with a damaged value for review and reads the rest of the calendar", () => {
    const entries = readCalendarEntries(
      calendar(
        ["UID:skadet", "SUMMARY:Skadet kurs", "DTSTART:20270101T0900", "SEQUENCE:to"],
        ["UID:hel", "SUMMARY:Helt kurs", "DTSTART;VALUE=DATE:20270301"],
      ),
    );
    expect(entries.map((e) => e.key)).toEqual(["skadet", "hel"]);
    expect(entries[0]).toMatchObject({ title: "Skadet kurs", startOn: null, deadline: null });
    expect(entries[0].reviewReason).not.toBeNull();
    expect(entries[1]).toMatchObject({ startOn: "2027-03-01", reviewReason: null });
  });

  it("reads a repeating event once, says so, and skips its changed occurrences", () => {
    const entries = readCalendarEntries(
      calendar(
        ["UID:r", "SUMMARY:Ukentlig veiledning", "DTSTART;TZID=Europe/Oslo:20270105T100000", "RRULE:FREQ=WEEKLY;COUNT=4"],
        [
          "UID:r",
          "RECURRENCE-ID;TZID=Europe/Oslo:20270112T100000",
          "SUMMARY:Ukentlig veiledning (flyttet)",
          "DTSTART;TZID=Europe/Oslo:20270113T100000",
        ],
      ),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0].reviewReason).toMatch(/gjentas/);
  });

  it("keys an event without UID by its summary and start", () => {
    const [entry] = readCalendarEntries(calendar(["SUMMARY:Uten UID", "DTSTART;VALUE=DATE:20270301"]));
    expect(entry.key).toBe("Uten UID|2027-03-01");
  });

  it("reads a calendar without events as none, and throws SourceFormatError for anything else", () => {
    expect(readCalendarEntries(calendar())).toEqual([]);
    expect(() => readCalendarEntries("<html><body>Not found</body></html>")).toThrow(SourceFormatError);
    expect(() => readCalendarEntries("BEGIN:VCALENDAR\r\nthis is not a line\r\n")).toThrow(SourceFormatError);
  });
});
