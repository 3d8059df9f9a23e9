// The JSON API's query string and cursors, without a database.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { parseApiItemsQuery } from "./params";

const parse = (query: string) => parseApiItemsQuery(new URLSearchParams(query));
const fieldOf = (query: string) => {
  const parsed = parse(query);
  return "error" in parsed ? `${parsed.error.code}:${parsed.error.field}` : "ok";
};
const ID = "3f2c6d1e-8a47-4b8e-9a55-0c1d2e3f4a5b";

describe("API query", () => {
  it("reads the feeds' filters, status, updatedSince, cursor and limit", () => {
    const cursor = encodeCursor({ order: "updated", value: "2025-01-03T10:30:15.123Z", id: ID });
    const parsed = parse(
      `actor=jd,BFD&actor=kd&topic=barn&kind=Hearing,seminar&status=closing-soon&updatedSince=2025-01-01T00:00:00%2B01:00&limit=10&cursor=${cursor}`,
    );
    expect(parsed).toEqual({
      query: {
        filter: { actors: ["jd", "bfd", "kd"], topics: ["barn"], kinds: ["HEARING", "SEMINAR"], status: "closing_soon", q: null },
        updatedSince: new Date("2024-12-31T23:00:00Z"),
        cursor: { order: "updated", value: "2025-01-03T10:30:15.123Z", id: ID },
        limit: 10,
      },
    });
    expect(parse("updatedSince=2025-01-01T00:00:00+01:00")).toMatchObject({ query: { updatedSince: new Date("2024-12-31T23:00:00Z") } });
    expect(parse("")).toMatchObject({ query: { limit: 50, cursor: null, updatedSince: null, filter: { status: null } } });
  });

  it("names the parameter at fault", () => {
    expect(fieldOf("kinds=hearing")).toBe("unknown_parameter:kinds");
    expect(fieldOf("q=barn")).toBe("unknown_parameter:q");
    expect(fieldOf("kind=meeting")).toBe("invalid_parameter:kind");
    expect(fieldOf("actor=j%20d")).toBe("invalid_parameter:actor");
    expect(fieldOf("status=soon")).toBe("invalid_parameter:status");
    expect(fieldOf("status=open&status=closed")).toBe("invalid_parameter:status");
    for (const limit of ["0", "101", "ten", "1.5", "-1"]) expect(fieldOf(`limit=${limit}`)).toBe("invalid_parameter:limit");
    for (const since of ["yesterday", "2025-01-10", "2025-01-10T12:00:00", "2025-02-30T12:00:00Z"])
      expect(fieldOf(`updatedSince=${since}`)).toBe("invalid_parameter:updatedSince");
    expect(fieldOf("cursor=bm9wZQ")).toBe("invalid_parameter:cursor");
    const dueCursor = encodeCursor({ order: "due", value: "2025-01-31", id: ID });
    expect(fieldOf(`cursor=${dueCursor}`)).toBe("ok");
    expect(fieldOf(`cursor=${dueCursor}&updatedSince=2025-01-01T00:00:00Z`)).toBe("invalid_parameter:cursor");
  });

  it("makes cursors that only this API can read back", () => {
    const cursor = { order: "due" as const, value: "2025-01-31", id: ID };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const forged = Buffer.from(JSON.stringify({ o: "due", v: "x'; drop table item; --", i: ID })).toString("base64url");
    for (const text of [forged, "", "!!!", "a".repeat(400), Buffer.from("[]").toString("base64url")]) expect(decodeCursor(text)).toBeNull();
  });
});
