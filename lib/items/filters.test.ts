import { describe, expect, it } from "vitest";
import { filterToSearchParams, parseItemFilter } from "./filters";

describe("parseItemFilter", () => {
  it("reads comma lists, repeated keys, kinds in lower case and status", () => {
    const { filter, problems, page } = parseItemFilter({
      actor: ["jd,aid", "JD"],
      topic: "barn-og-unge",
      kind: "hearing,seminar",
      status: "closing-soon",
      page: "3",
    });
    expect(problems).toEqual([]);
    expect(filter).toEqual({
      actors: ["jd", "aid"],
      topics: ["barn-og-unge"],
      kinds: ["HEARING", "SEMINAR"],
      status: "closing_soon",
      q: null,
    });
    expect(page).toBe(3);
  });

  it("reports values that cannot be valid instead of ignoring them silently", () => {
    const { filter, problems } = parseItemFilter({ actor: "<script>", kind: "party", status: "bogus" });
    expect(filter.actors).toEqual([]);
    expect(problems).toEqual([
      { field: "actor", value: "<script>", reason: "malformed" },
      { field: "kind", value: "party", reason: "unknown" },
      { field: "status", value: "bogus", reason: "unknown" },
    ]);
  });

  it("treats empty form fields as no filter and a bad page as the first", () => {
    const { filter, problems, page } = parseItemFilter({ actor: "", topic: "", kind: "", status: "", q: "  ", page: "-4" });
    expect(problems).toEqual([]);
    expect(filter).toEqual({ actors: [], topics: [], kinds: [], status: null, q: null });
    expect(page).toBe(1);
  });

  it("writes a filter back to the same query string", () => {
    const parsed = parseItemFilter({ actor: "jd,aid", kind: "hearing", status: "open", q: "barn" });
    const again = parseItemFilter(Object.fromEntries(filterToSearchParams(parsed.filter, 2)));
    expect(again.filter).toEqual(parsed.filter);
    expect(again.page).toBe(2);
  });
});
