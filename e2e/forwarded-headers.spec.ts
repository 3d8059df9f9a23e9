// Without a proxy in front (FRISTVAKT_TRUSTED_PROXIES unset), a client cannot choose the
// address it is counted under, nor the host the origin check compares against.
import { expect, test } from "@playwright/test";

test("X-Forwarded-For from a client does not give it a fresh API allowance", async ({ request }) => {
  const remaining = async (address: string) => {
    const response = await request.get("/api/items?limit=1", { headers: { "x-forwarded-for": address } });
    expect(response.status()).toBe(200);
    return Number(response.headers()["x-ratelimit-remaining"]);
  };
  const first = await remaining("203.0.113.10");
  const second = await remaining("203.0.113.11");
  expect(second).toBeLessThan(first);
});

test("X-Forwarded-Host from a client does not make another site's form same-origin", async ({ request }) => {
  const response = await request.post("/", {
    headers: { origin: "http://evil.example", "x-forwarded-host": "evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});
