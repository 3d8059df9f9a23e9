import { describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/db/embedded";

describe("/api/health", () => {
  it("answers 503 with Retry-After when the database does not answer", async () => {
    // Nothing listens on this port: the database is "down" for this test's process.
    process.env.DATABASE_URL = `postgresql://nobody:secret@127.0.0.1:${await findFreePort()}/fristvakt`;
    const { GET } = await import("./route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ db: "unavailable" });
  });
});
