// The rules must give Oslo answers whatever time zone the server runs in. Node applies a
// new process.env.TZ immediately, so each case first checks that local time really moved
// (otherwise the test could not fail) and then checks the answers a local-time
// implementation would get wrong. A child process started with TZ set covers the case
// where the zone is fixed before anything is loaded.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addDays, daysBetween, deadlineEndInstant, getCountdown, getItemStatus, osloToday } from "./index";
import { allDaySeminar, at, deadlineItem } from "./test-items";

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function keyAnswers() {
  return {
    todayLateUtc: osloToday(at("2025-01-09T23:30:00Z")),
    todayEarlyOslo: osloToday(at("2025-07-01T22:15:00Z")),
    endWinter: deadlineEndInstant("2025-01-17").toISOString(),
    endSpringSunday: deadlineEndInstant("2025-03-30").toISOString(),
    endAutumnSunday: deadlineEndInstant("2025-10-26").toISOString(),
    springGap: daysBetween("2025-03-29", addDays("2025-03-29", 2)),
    lastSecond: getItemStatus(deadlineItem("2025-06-16"), at("2025-06-16T23:59:59+02:00")),
    midnightAfter: getItemStatus(deadlineItem("2025-06-16"), at("2025-06-17T00:00:00+02:00")),
    countdown: getCountdown(deadlineItem("2025-01-17"), at("2025-01-09T23:30:00Z")),
    seminar: getItemStatus(allDaySeminar("2025-06-10"), at("2025-06-09T22:30:00Z")),
  };
}

const OSLO_ANSWERS = {
  todayLateUtc: "2025-01-10",
  todayEarlyOslo: "2025-07-02",
  endWinter: "2025-01-17T23:00:00.000Z",
  endSpringSunday: "2025-03-30T22:00:00.000Z",
  endAutumnSunday: "2025-10-26T23:00:00.000Z",
  springGap: 2,
  lastSecond: "CLOSING_SOON",
  midnightAfter: "CLOSED",
  countdown: { unit: "days", days: 7, phase: "before" },
  seminar: "ONGOING",
};

describe("rules independent of the process time zone", () => {
  it.each([
    ["UTC", 0],
    ["America/New_York", 300],
    ["Pacific/Kiritimati", -840],
    ["Europe/Oslo", -60],
  ])("gives Oslo answers under TZ=%s", (zone, januaryOffset) => {
    process.env.TZ = zone;
    expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
    expect(keyAnswers()).toEqual(OSLO_ANSWERS);
  });

  it("gives Oslo answers in a process started with TZ=America/New_York", () => {
    const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
    const script = [
      'import { osloToday, deadlineEndInstant, getItemStatus } from "./lib/deadlines/index.ts";',
      "const item = { kind: 'HEARING', sentOn: null, deadline: '2025-06-16', startOn: null, endOn: null, startAt: null, endAt: null, cancelledAt: null };",
      "console.log(JSON.stringify([new Date(2025, 0, 15).getTimezoneOffset(), osloToday(new Date('2025-01-09T23:30:00Z')),",
      "  deadlineEndInstant('2025-03-30').toISOString(), getItemStatus(item, new Date('2025-06-16T22:30:00Z'))]));",
    ].join("\n");
    const output = execFileSync(tsx, ["-e", script], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, TZ: "America/New_York" },
      encoding: "utf8",
    });
    expect(JSON.parse(output)).toEqual([300, "2025-01-10", "2025-03-30T22:00:00.000Z", "CLOSED"]);
  });
});
