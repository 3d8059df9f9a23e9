import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { createSessionReader } from "./session-token";

const SECRET = "a-test-secret-of-enough-length-0123456789";
const NAME = "authjs.session-token";
const KARI = "11111111-1111-4111-8111-111111111111";
const OLA = "22222222-2222-4222-8222-222222222222";

const tokenFor = (sub: string, options: { maxAge?: number; secret?: string; salt?: string } = {}) =>
  encode({ token: { sub }, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge ?? 3600 });

describe("the session reader", () => {
  it("gives each member only the user of their own cookie, read again from its cache", async () => {
    const reader = createSessionReader(SECRET);
    const kari = [{ name: NAME, value: await tokenFor(KARI) }];
    const ola = [{ name: NAME, value: await tokenFor(OLA) }];
    // Alternating, as two members' requests arrive: each answer comes from the cache after the first.
    for (let round = 0; round < 3; round += 1) {
      expect((await reader.read(kari))?.sub).toBe(KARI);
      expect((await reader.read(ola))?.sub).toBe(OLA);
    }
    // A token that differs in one character is another key: never Kari's kept answer.
    const tampered = kari[0].value.slice(0, -2) + (kari[0].value.endsWith("AA") ? "BB" : "AA");
    expect(await reader.read([{ name: NAME, value: tampered }])).toBeNull();
    expect(await reader.read([])).toBeNull();
    expect(await reader.read([{ name: "fristvakt-locale", value: kari[0].value }])).toBeNull();
  });

  it("refuses tokens made with another secret or for another cookie name", async () => {
    const reader = createSessionReader(SECRET);
    expect(
      await reader.read([{ name: NAME, value: await tokenFor(KARI, { secret: "another-secret-of-enough-length-9876543210" }) }]),
    ).toBeNull();
    expect(await reader.read([{ name: NAME, value: await tokenFor(KARI, { salt: "__Secure-authjs.session-token" }) }])).toBeNull();
    expect(
      (
        await reader.read([
          { name: "__Secure-authjs.session-token", value: await tokenFor(KARI, { salt: "__Secure-authjs.session-token" }) },
        ])
      )?.sub,
    ).toBe(KARI);
  });

  it("refuses an expired token", async () => {
    const reader = createSessionReader(SECRET);
    expect(await reader.read([{ name: NAME, value: await tokenFor(KARI, { maxAge: -120 }) }])).toBeNull();
  });

  it("joins a token split into numbered cookies", async () => {
    const reader = createSessionReader(SECRET);
    const token = await tokenFor(OLA);
    const cookies = [
      { name: `${NAME}.1`, value: token.slice(20) },
      { name: `${NAME}.0`, value: token.slice(0, 20) },
    ];
    expect((await reader.read(cookies))?.sub).toBe(OLA);
  });
});
