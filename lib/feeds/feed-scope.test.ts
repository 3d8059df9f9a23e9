import { describe, expect, it } from "vitest";
import { ALL_ITEMS, feedKey, feedName, parseFeedPath, parseFeedQuery } from "./feed-scope";
import { feedPath, subscribeLinks } from "./feed-urls";

const names = {
  actors: [
    { slug: "jd", name: "Justis- og beredskapsdepartementet", shortName: "JD" },
    { slug: "bfd", name: "Barne- og familiedepartementet", shortName: "BFD" },
  ],
  topics: [{ slug: "menneskehandel", name: "Menneskehandel" }],
};

describe("feed URLs in", () => {
  it("reads one actor, topic or kind from a path", () => {
    expect(parseFeedPath("actor", "jd.ics")).toEqual({ filter: { actors: ["jd"], topics: [], kinds: [] } });
    expect(parseFeedPath("kind", "strategy_input.ics")).toEqual({ filter: { actors: [], topics: [], kinds: ["STRATEGY_INPUT"] } });
  });

  it("refuses a path that is not one well-formed value with .ics", () => {
    expect(parseFeedPath("actor", "jd")).toHaveProperty("problem");
    expect(parseFeedPath("actor", "jd,bfd.ics")).toHaveProperty("problem");
    expect(parseFeedPath("actor", "<x>.ics")).toEqual({ problem: "«<x>» er ikke et gyldig filter." });
    expect(parseFeedPath("kind", "party.ics")).toEqual({ problem: expect.stringContaining("«party» er ikke en type sak") });
  });

  it("reads any combination from a query, ignoring other keys", () => {
    const parsed = parseFeedQuery(new URLSearchParams("actor=jd,bfd&topic=menneskehandel&kind=hearing&status=open"));
    expect(parsed).toEqual({ filter: { actors: ["jd", "bfd"], topics: ["menneskehandel"], kinds: ["HEARING"] } });
    expect(parseFeedQuery(new URLSearchParams(""))).toEqual({ filter: ALL_ITEMS });
  });

  it("keys the same feed the same way whatever the order", () => {
    expect(feedKey({ actors: ["jd", "bfd"], topics: [], kinds: ["SEMINAR", "HEARING"] })).toBe(
      feedKey({ actors: ["bfd", "jd"], topics: [], kinds: ["HEARING", "SEMINAR"] }),
    );
  });
});

describe("feed names and URLs out", () => {
  it("names a feed in Norwegian", () => {
    expect(feedName(ALL_ITEMS, names)).toBe("Fristvakt – alle frister");
    expect(feedName({ actors: ["jd"], topics: [], kinds: [] }, names)).toBe("Fristvakt – Justis- og beredskapsdepartementet");
    expect(feedName({ actors: ["jd", "bfd"], topics: ["menneskehandel"], kinds: ["HEARING"] }, names)).toBe(
      "Fristvakt – JD, BFD · Menneskehandel · Høringer",
    );
  });

  it("uses the short path when a feed names one thing", () => {
    expect(feedPath(ALL_ITEMS)).toBe("/feeds/all.ics");
    expect(feedPath({ actors: ["jd"], topics: [], kinds: [] })).toBe("/feeds/actor/jd.ics");
    expect(feedPath({ actors: [], topics: [], kinds: ["STRATEGY_INPUT"] })).toBe("/feeds/kind/strategy_input.ics");
    expect(feedPath({ actors: ["jd", "bfd"], topics: ["x"], kinds: ["HEARING"] })).toBe(
      "/feeds/calendar.ics?actor=jd,bfd&topic=x&kind=hearing",
    );
  });

  it("builds webcal, Google and Outlook links for the same address", () => {
    const links = subscribeLinks("https://fristvakt.no/feeds/calendar.ics?actor=jd,bfd&kind=hearing", "Fristvakt – JD, BFD");
    expect(links.webcal).toBe("webcal://fristvakt.no/feeds/calendar.ics?actor=jd,bfd&kind=hearing");
    expect(new URL(links.google).searchParams.get("cid")).toBe(links.webcal);
    const outlook = new URL(links.outlook);
    expect(outlook.origin + outlook.pathname).toBe("https://outlook.live.com/calendar/0/addfromweb");
    expect(outlook.searchParams.get("url")).toBe(links.url);
    expect(outlook.searchParams.get("name")).toBe("Fristvakt – JD, BFD");
    const office = new URL(links.outlookOffice);
    expect(office.origin + office.pathname).toBe("https://outlook.office.com/calendar/0/addfromweb");
    expect(office.searchParams.get("url")).toBe(links.url);
  });
});
