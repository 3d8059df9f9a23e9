import { describe, expect, it } from "vitest";
import { parseSourcesArgs } from "./sources-args";

describe("parseSourcesArgs", () => {
  it("reads add with its options", () => {
    expect(parseSourcesArgs(["add", "--type", "ics", "--url", "https://example.org/kurs.ics", "--name", "Kurs", "--publish"])).toEqual({
      kind: "add",
      type: "ics",
      url: "https://example.org/kurs.ics",
      name: "Kurs",
      mode: "publish",
    });
    expect(parseSourcesArgs(["add", "--type", "rss", "--url", "https://example.org/nyheter.xml"])).toMatchObject({
      mode: "review",
      name: null,
    });
    expect(parseSourcesArgs(["add", "--relevant", "--type", "regjeringen", "--url", "https://www.regjeringen.no/rss"])).toMatchObject({
      mode: "relevant",
    });
  });

  it("reads list, list --json, poll and --help", () => {
    expect(parseSourcesArgs(["list"])).toEqual({ kind: "list", isJson: false });
    expect(parseSourcesArgs(["list", "--json"])).toEqual({ kind: "list", isJson: true });
    expect(parseSourcesArgs(["poll"])).toEqual({ kind: "poll" });
    expect(parseSourcesArgs([])).toEqual({ kind: "help" });
    expect(parseSourcesArgs(["add", "--help"])).toEqual({ kind: "help" });
  });

  it("says in one sentence what is wrong", () => {
    expect(parseSourcesArgs(["fetch"])).toEqual({ kind: "error", message: '"fetch" is not a command: use add, list or poll.' });
    expect(parseSourcesArgs(["add", "--url", "https://example.org"])).toMatchObject({
      message: "add needs --type (regjeringen, stortinget, ics or rss).",
    });
    expect(parseSourcesArgs(["add", "--type", "atom", "--url", "https://example.org"])).toMatchObject({
      message: expect.stringContaining('not "atom"'),
    });
    expect(parseSourcesArgs(["add", "--type", "ics"])).toMatchObject({ message: "add needs --url, the address of the feed." });
    expect(parseSourcesArgs(["add", "--type", "ics", "--url"])).toMatchObject({ message: "--url needs a value." });
    expect(parseSourcesArgs(["add", "--type", "ics", "--url", "x", "--publish", "--relevant"])).toMatchObject({
      message: "Give either --publish or --relevant, not both.",
    });
    expect(parseSourcesArgs(["list", "--all"])).toMatchObject({ kind: "error" });
  });
});
