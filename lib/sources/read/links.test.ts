import { describe, expect, it } from "vitest";
import { cleanLink, stripTrackingParameters } from "./links";

describe("stripTrackingParameters", () => {
  it("drops every utm_* parameter and keeps the rest as written", () => {
    expect(
      stripTrackingParameters(
        "https://www.regjeringen.no/no/dokumenter/x/id3201234/?utm_source=regjeringen.no&utm_medium=rss&utm_campaign=horinger",
      ),
    ).toBe("https://www.regjeringen.no/no/dokumenter/x/id3201234/");
    expect(stripTrackingParameters("https://a.example/side?utm_source=atom&ref=forside&q=h%C3%B8ring+2027")).toBe(
      "https://a.example/side?ref=forside&q=h%C3%B8ring+2027",
    );
    expect(stripTrackingParameters("https://a.example/side?UTM_Campaign=x#avsnitt")).toBe("https://a.example/side#avsnitt");
  });

  it("leaves links without tracking parameters exactly as they were", () => {
    expect(stripTrackingParameters(" https://a.example/side?h=10004811 ")).toBe("https://a.example/side?h=10004811");
    expect(stripTrackingParameters("https://a.example/utm_source/")).toBe("https://a.example/utm_source/");
  });

  it("returns what is not an absolute http(s) link trimmed and untouched", () => {
    expect(stripTrackingParameters("/no/id4/?utm_source=x")).toBe("/no/id4/?utm_source=x");
    expect(stripTrackingParameters("mailto:post@jd.dep.no?utm_source=x")).toBe("mailto:post@jd.dep.no?utm_source=x");
    expect(cleanLink("   ")).toBeNull();
    expect(cleanLink(null)).toBeNull();
  });
});
