// `npm run test:fuzz`: random values (fast-check) for every route's parameters and for the
// fields of the server actions a member can call, against the built app on a throwaway
// database. No answer may be a 500 or show a stack trace, and every refused input must leave
// the database exactly as it was. FUZZ_RUNS sets the runs per target (200 by default).
import fc from "fast-check";
import { generateItems } from "../bench/generate";
import { buildIfNeeded } from "../../cli/next-process";
import { wholeNumberFromEnv } from "../../settings/whole-number";
import { snapshotDatabase } from "../testing/db-snapshot";
import { startApp } from "./app-instance";
import { createMemberAccount, FIXTURE_PASSWORD, startFixtureDb } from "./fixture-db";
import { callAction, callFormAction, fetchWithTimeout, formOf, serverActionId, signInCookie } from "./http-client";

const RUNS = wholeNumberFromEnv(process.env, "FUZZ_RUNS", { fallback: 200, min: 1, max: 100_000, unit: "runs" });
const STACK_TRACE = /\n\s+at .+:\d+:\d+|node_modules\/|webpack-internal/;

// NUL (PostgreSQL refuses it in text, error 22021) and lone surrogates (half a character), alone
// and inside ordinary text: every text that reaches the database must be refused with a sentence.
const UNSTORABLE = ["\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF"];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    "jd",
    "hearing",
    "open",
    "2025-01-17",
    "-1",
    "%",
    "../",
    "<script>",
    "'; DROP TABLE item; --",
    "a".repeat(3000),
    ...UNSTORABLE,
  ),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...UNSTORABLE), fc.string({ maxLength: 10 })).map((parts) => parts.join("")),
);

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) is sent as the bytes a
 * careless encoder writes for it (CESU-8, e.g. %ED%A0%80), as a hostile client may.
 */
function encodeAny(value: string): string {
  let out = "";
  for (const part of value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) ?? []) {
    const unit = part.charCodeAt(0);
    if (part.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join("");
    } else {
      out += encodeURIComponent(part);
    }
  }
  return out;
}

const GET_TARGETS: ((value: string) => string)[] = [
  (v) => `/items?actor=${encodeAny(v)}`,
  (v) => `/items?topic=${encodeAny(v)}&kind=${encodeAny(v)}`,
  (v) => `/items?status=${encodeAny(v)}&page=${encodeAny(v)}&q=${encodeAny(v)}`,
  (v) => `/items/${encodeAny(v)}`,
  (v) => `/actors/${encodeAny(v)}`,
  (v) => `/topics/${encodeAny(v)}?page=${encodeAny(v)}`,
  (v) => `/feeds/actor/${encodeAny(v)}.ics`,
  (v) => `/feeds/kind/${encodeAny(v)}`,
  (v) => `/feeds/calendar.ics?actor=${encodeAny(v)}&topic=${encodeAny(v)}&kind=${encodeAny(v)}`,
  (v) => `/feeds/private/${encodeAny(v)}.ics`,
  (v) => `/items/${encodeAny(v)}/calendar.ics`,
  (v) => `/api/items?status=${encodeAny(v)}&updatedSince=${encodeAny(v)}&cursor=${encodeAny(v)}&limit=${encodeAny(v)}`,
  (v) => `/api/items/${encodeAny(v)}`,
  (v) => `/subscribe?actor=${encodeAny(v)}&kind=${encodeAny(v)}`,
  (v) => `/sign-in?callbackUrl=${encodeAny(v)}&error=${encodeAny(v)}`,
];

// "state": a form action (previous state, form data) that answers { status: "ok" } when it
// saved; "form": an action of the form data alone, whose 200 is its acceptance.
const MEMBER_ACTIONS: [string, string, string[], "state" | "form"][] = [
  [
    "app/items/[id]/actions.ts",
    "markResponseAction",
    ["itemId", "status", "answeredOn", "answerUrl", "note", "internalDeadline", "version"],
    "state",
  ],
  ["app/items/[id]/actions.ts", "removeResponseAction", ["itemId", "version"], "state"],
  ["app/(staff)/my/feeds/actions.ts", "createFeedLinkAction", ["name"], "state"],
  ["app/(staff)/my/feeds/actions.ts", "revokeFeedLinkAction", ["feedTokenId"], "form"],
  ["app/(staff)/my/actions.ts", "setSharingAction", ["isResponsesPublic"], "form"],
];

async function main() {
  await buildIfNeeded();
  const fixture = await startFixtureDb("fristvakt-fuzz");
  const problems: string[] = [];
  let requests = 0;
  try {
    await generateItems(fixture.db, { items: 200, actors: 5, topics: 5, today: "2025-01-10" });
    const member = await createMemberAccount(fixture.db, "fuzz");
    const app = await startApp(fixture.url, { FRISTVAKT_NOW: "2025-01-10T12:00:00+01:00", FRISTVAKT_API_RATE_LIMIT: "1000000" });
    try {
      const check = async (label: string, status: number, body: string) => {
        requests += 1;
        if (status >= 500 && status !== 503) problems.push(`${label} answered ${status}`);
        if (STACK_TRACE.test(body)) problems.push(`${label} shows a stack trace`);
      };
      for (const target of GET_TARGETS) {
        await fc.assert(
          fc.asyncProperty(text, async (value) => {
            const path = target(value);
            const response = await fetchWithTimeout(app.baseUrl + path);
            await check(`GET ${path.slice(0, 80)}`, response.status, await response.text());
          }),
          { numRuns: RUNS },
        );
      }
      const cookie = await signInCookie(app.baseUrl, member.email, FIXTURE_PASSWORD);
      const itemId = (await fixture.db.item.findFirstOrThrow({ select: { id: true } })).id;
      for (const [file, name, fields, style] of MEMBER_ACTIONS) {
        const actionId = serverActionId(file, name);
        await fc.assert(
          fc.asyncProperty(fc.array(text, { minLength: fields.length, maxLength: fields.length }), async (values) => {
            const input = Object.fromEntries(fields.map((field, i) => [field, values[i]]));
            const before = await snapshotDatabase(fixture.db);
            const result =
              style === "state"
                ? await callFormAction(app.baseUrl, `/items/${itemId}`, actionId, input, cookie)
                : await callAction(app.baseUrl, `/items/${itemId}`, actionId, [formOf(input)], cookie);
            await check(`${name}(${JSON.stringify(input).slice(0, 80)})`, result.status, result.body);
            const isAccepted = result.status === 200 && (style === "form" || result.body.includes('"status":"ok"'));
            if (!isAccepted && JSON.stringify(await snapshotDatabase(fixture.db)) !== JSON.stringify(before)) {
              problems.push(`${name} changed the database although it refused ${JSON.stringify(input).slice(0, 120)}`);
            }
          }),
          { numRuns: Math.max(20, Math.floor(RUNS / 2)) },
        );
      }
    } finally {
      await app.stop();
    }
  } finally {
    await fixture.dispose();
  }
  const unique = [...new Set(problems)];
  for (const problem of unique.slice(0, 30)) console.log(`✗ ${problem}`);
  console.log(`${requests} requests over ${GET_TARGETS.length} routes and ${MEMBER_ACTIONS.length} actions; ${unique.length} problem(s).`);
  console.log(`fuzz: ${unique.length === 0 ? 1 : 0} passed, ${unique.length === 0 ? 0 : 1} failed`);
  process.exitCode = unique.length === 0 ? 0 : 1;
}

main().then(
  () => process.exit(),
  (error: Error) => {
    console.error(`The fuzz run could not finish: ${error.message}`);
    process.exit(1);
  },
);
