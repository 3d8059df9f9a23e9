// Mail settings from the environment, the retry schedule and the command's arguments.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRemindersArgs } from "../cli/reminders-args";
import { MAX_SEND_ATTEMPTS, nextAttemptAt, retryDelayMs } from "./backoff";
import { describeMailSettings, mailSettingsFromEnv } from "../settings/mail";
import { isInProcessSchedulerOn } from "./scheduler-env";

const URL = "https://fristvakt.example";

describe("mail settings", () => {
  it("write to the outbox in the data folder without SMTP settings", () => {
    const settings = mailSettingsFromEnv(URL, { FRISTVAKT_DATA_DIR: "/srv/fristvakt" });
    expect(settings).toEqual({
      kind: "outbox",
      dir: "/srv/fristvakt/outbox",
      from: "Fristvakt <no-reply@fristvakt.example>",
      domain: "fristvakt.example",
    });
    expect(mailSettingsFromEnv(URL, {})).toMatchObject({ dir: path.resolve(".data/outbox") });
    expect(describeMailSettings(settings)).toMatch(/written as \.eml files to \/srv\/fristvakt\/outbox\//);
  });

  it("read an SMTP URL or the SMTP_* parts, and never show the password", () => {
    const fromUrl = mailSettingsFromEnv(URL, {
      FRISTVAKT_SMTP_URL: "smtps://kari%40x.no:hemmelig@smtp.x.no",
      FRISTVAKT_MAIL_FROM: "Frister <frister@x.no>",
    });
    expect(fromUrl).toMatchObject({
      kind: "smtp",
      from: "Frister <frister@x.no>",
      smtp: { host: "smtp.x.no", port: 465, secure: true, auth: { user: "kari@x.no", pass: "hemmelig" } },
    });
    expect(describeMailSettings(fromUrl)).not.toContain("hemmelig");
    const fromParts = mailSettingsFromEnv(URL, {
      SMTP_HOST: "mail.x.no",
      SMTP_PORT: "2525",
      SMTP_USER: "u",
      SMTP_PASS: "p",
      SMTP_SECURE: "false",
    });
    expect(fromParts).toMatchObject({ smtp: { host: "mail.x.no", port: 2525, secure: false, auth: { user: "u", pass: "p" } } });
    expect(mailSettingsFromEnv(URL, { SMTP_HOST: "mail.x.no" })).toMatchObject({ smtp: { port: 587, secure: false } });
  });

  it("refuse what cannot be right with a sentence", () => {
    expect(() => mailSettingsFromEnv(URL, { SMTP_HOST: "x", SMTP_PORT: "seventy" })).toThrow(/SMTP_PORT must be a port number/);
    expect(() => mailSettingsFromEnv(URL, { SMTP_HOST: "x", SMTP_SECURE: "maybe" })).toThrow(/SMTP_SECURE must be true or false/);
    expect(() => mailSettingsFromEnv(URL, { FRISTVAKT_SMTP_URL: "http://x" })).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(() => mailSettingsFromEnv(URL, { FRISTVAKT_MAIL_FROM: "a\nBcc: b" })).toThrow(/one line/);
    expect(() => isInProcessSchedulerOn({ FRISTVAKT_SCHEDULER: "sometimes" })).toThrow(/"on" or "off"/);
    expect(isInProcessSchedulerOn({ FRISTVAKT_SCHEDULER: "off" })).toBe(false);
    expect(isInProcessSchedulerOn({})).toBe(true);
  });
});

describe("retries", () => {
  it("wait a minute, then twice as long each time up to six hours, and give up after 20 attempts", () => {
    expect([1, 2, 3, 10, 19].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 6 * 3_600_000, 6 * 3_600_000]);
    const now = new Date("2025-01-10T12:00:00Z");
    expect(nextAttemptAt(1, now)).toEqual(new Date("2025-01-10T12:01:00Z"));
    expect(nextAttemptAt(MAX_SEND_ATTEMPTS, now)).toBeNull();
  });
});

describe("npm run reminders arguments", () => {
  it("run once by default, loop on request, and refuse what they do not know", () => {
    expect(parseRemindersArgs([])).toEqual({ kind: "run", isLoop: false, intervalMinutes: 5 });
    expect(parseRemindersArgs(["--loop", "--interval", "15"])).toEqual({ kind: "run", isLoop: true, intervalMinutes: 15 });
    expect(parseRemindersArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseRemindersArgs(["--once", "--loop"])).toMatchObject({ kind: "error" });
    expect(parseRemindersArgs(["--interval", "0"])).toMatchObject({ kind: "error" });
    expect(parseRemindersArgs(["--sned"])).toMatchObject({ kind: "error", message: 'Unknown argument "--sned".' });
  });
});
