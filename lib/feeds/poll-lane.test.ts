import { describe, expect, it } from "vitest";
import { isPublicFeedPoll, notModifiedReply, recordFeedGeneration, rememberNotModified } from "./poll-lane";
import { generationHolds } from "./stamp-generation";
import type { StampGeneration } from "./stamp-memo";

const env = { FRISTVAKT_PUBLIC_URL: "https://fristvakt.example", FRISTVAKT_NOW: "2025-01-10T12:00:00+01:00" };
const generation: StampGeneration = {
  contentVersion: "41",
  today: "2025-01-10",
  settings: { baseUrl: "https://fristvakt.example", historyMonths: 12 },
};
const headers = {
  etag: 'W/"jd-1"',
  "cache-control": "public, max-age=300",
  vary: "Accept-Encoding",
  "x-frame-options": "DENY",
  date: "Fri, 10 Jan 2025 11:00:00 GMT",
};

describe("the poll lane", () => {
  it("answers a repeated poll with the 304 Next.js sent, without its per-response headers", () => {
    recordFeedGeneration('W/"jd-1"', generation);
    rememberNotModified("/feeds/actor/jd.ics", 'W/"jd-1"', headers);
    const reply = notModifiedReply("/feeds/actor/jd.ics", 'W/"jd-1"', (g) => generationHolds(g, "41", env));
    expect(reply).toEqual({ etag: 'W/"jd-1"', "cache-control": "public, max-age=300", vary: "Accept-Encoding", "x-frame-options": "DENY" });
  });

  it("leaves to Next.js another ETag, another address, and a poll after an edit, a new Oslo day or a lost listener", () => {
    recordFeedGeneration('W/"bfd-1"', generation);
    rememberNotModified("/feeds/actor/bfd.ics", 'W/"bfd-1"', headers);
    const holdsWith =
      (version: string | null, patch: Record<string, string> = {}) =>
      (g: StampGeneration) =>
        generationHolds(g, version, { ...env, ...patch });
    expect(notModifiedReply("/feeds/actor/bfd.ics", 'W/"bfd-0"', holdsWith("41"))).toBeNull();
    expect(notModifiedReply("/feeds/actor/ukjent.ics", 'W/"bfd-1"', holdsWith("41"))).toBeNull();
    expect(notModifiedReply("/feeds/actor/bfd.ics", 'W/"bfd-1"', holdsWith("42"))).toBeNull();
    expect(notModifiedReply("/feeds/actor/bfd.ics", 'W/"bfd-1"', holdsWith(null))).toBeNull();
    expect(
      notModifiedReply("/feeds/actor/bfd.ics", 'W/"bfd-1"', holdsWith("41", { FRISTVAKT_NOW: "2025-01-11T00:00:00+01:00" })),
    ).toBeNull();
    expect(notModifiedReply("/feeds/actor/bfd.ics", 'W/"bfd-1"', holdsWith("41", { FRISTVAKT_FEED_HISTORY_MONTHS: "6" }))).toBeNull();
    expect(notModifiedReply("/feeds/actor/bfd.ics", 'W/"bfd-1"', holdsWith("41"))).not.toBeNull();
  });

  it("takes only public feed polls: never a private feed, never a write", () => {
    expect(isPublicFeedPoll("GET", "/feeds/all.ics")).toBe(true);
    expect(isPublicFeedPoll("HEAD", "/feeds/calendar.ics?actor=jd")).toBe(true);
    expect(isPublicFeedPoll("GET", "/feeds/private/abc.ics")).toBe(false);
    expect(isPublicFeedPoll("POST", "/feeds/all.ics")).toBe(false);
    expect(isPublicFeedPoll("GET", "/items")).toBe(false);
  });
});
