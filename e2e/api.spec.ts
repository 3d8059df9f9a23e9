import { expect, test } from "@playwright/test";
import { findItemIdByReference } from "./accounts";

// The JSON API through the running app: routing, headers and the error shape as a client sees them.
test("other systems read items as JSON, page by page, and get JSON errors", async ({ request }) => {
  const first = await request.get("/api/items?kind=hearing&status=open&limit=2");
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toMatch(/^application\/json/);
  expect(first.headers()["x-ratelimit-limit"]).toBeTruthy();
  const page = await first.json();
  expect(page.items).toHaveLength(2);
  expect(page.items.every((item: { kind: string }) => item.kind === "HEARING")).toBe(true);
  const next = await request.get(`/api/items?kind=hearing&status=open&limit=2&cursor=${page.nextCursor}`);
  const ids = (await next.json()).items.map((item: { id: string }) => item.id);
  expect(ids.some((id: string) => page.items.some((item: { id: string }) => item.id === id))).toBe(false);

  const id = await findItemIdByReference("NOU 2024:17");
  const item = await (await request.get(`/api/items/${id}`)).json();
  expect(item).toMatchObject({ id, reference: "NOU 2024:17", deadline: "2025-01-17", status: "CLOSING_SOON" });
  expect(item.links.html).toMatch(new RegExp(`/items/${id}$`));

  const bad = await request.get("/api/items?kind=meeting");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "invalid_parameter", field: "kind" });

  const document = await (await request.get("/api/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
});
