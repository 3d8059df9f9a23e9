// Two app instances behind nginx, one killed with SIGKILL in the middle of a read load: reads
// keep succeeding, a session made on one instance works on the other, and sign-in throttling
// and the API's rate limit hold across both (they live in the database, not in an instance).
// An edit made through one instance shows in the other's feed and kept page within a second,
// also right after the database was restarted (each instance answers from a query until its
// listener is back) and once the listeners are back.
import { generateItems } from "../bench/generate";
import { MAX_ACCOUNT_FAILURES } from "../../auth/sign-in";
import { startApp, type AppInstance } from "./app-instance";
import { countListeners, measureEditPropagation, type PropagationResult } from "./edit-propagation";
import { createEditorAccount, createMemberAccount, FIXTURE_PASSWORD, startFixtureDb, type FixtureDb } from "./fixture-db";
import { fetchWithTimeout, signInCookie } from "./http-client";
import { runBounded, sleep, timeUntil } from "./load";
import { startNginx } from "./nginx";
import type { ScenarioResult } from "./scenario";

const NOW = "2025-01-10T12:00:00+01:00";
const READ_ROUTES = ["/", "/items?status=open", "/feeds/all.ics", "/api/health"];
// Low enough to reach in a few requests; the reads above are not API requests and are not counted.
const API_RATE_LIMIT = 30;
const PROPAGATION_LIMIT_MS = 1_000;

/** Edits through the first instance, read on the second: live, after a database restart, and once relistening. */
async function checkPropagation(
  fixture: FixtureDb,
  first: AppInstance,
  second: AppInstance,
  figures: Record<string, string | number>,
  failures: string[],
): Promise<void> {
  const editorCookie = await signInCookie(first.baseUrl, await createEditorAccount(fixture.db, "pair"), FIXTURE_PASSWORD);
  const record = (label: string, result: PropagationResult) => {
    figures[`edit on instance 1 seen by instance 2, ${label}`] = `feed ${result.feedMs ?? "never"} ms, page ${result.pageMs ?? "never"} ms`;
    for (const [what, ms] of [
      ["feed", result.feedMs],
      ["page", result.pageMs],
    ] as const) {
      if (ms === null || ms > PROPAGATION_LIMIT_MS)
        failures.push(`an edit on one instance took more than ${PROPAGATION_LIMIT_MS} ms to reach the other's ${what} (${label})`);
    }
  };
  // Each instance starts listening with its first public page or feed.
  for (const app of [first, second]) await (await fetchWithTimeout(`${app.baseUrl}/feeds/all.ics`)).arrayBuffer();
  const listening = await timeUntil(async () => (await countListeners(fixture.db)) >= 2, 10_000);
  if (listening === null) failures.push("the instances do not listen for content changes");
  console.log("  edits through one instance, read on the other");
  record("both listening", await measureEditPropagation(fixture.db, first.baseUrl, second.baseUrl, editorCookie, 5_000));

  // Killed and started again in place, as after a crash; the instances keep running.
  process.kill(fixture.postmasterPid(), "SIGKILL");
  await sleep(500);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fixture.restart();
      break;
    } catch (error) {
      if (attempt >= 10) throw error;
      await sleep(500);
    }
  }
  const restartedAt = Date.now();
  await timeUntil(async () => {
    const answers = await Promise.all([first, second].map((app) => fetchWithTimeout(`${app.baseUrl}/api/health`, {}, 2_000)));
    return answers.every((answer) => answer.status === 200);
  }, 30_000);
  figures["listeners right after the database restart"] = await countListeners(fixture.db);
  record("right after a database restart", await measureEditPropagation(fixture.db, first.baseUrl, second.baseUrl, editorCookie, 5_000));
  const back = await timeUntil(async () => (await countListeners(fixture.db)) >= 2, 30_000, 100);
  figures["listeners back after the restart"] = back === null ? "not within 30 s" : `${Date.now() - restartedAt} ms`;
  if (back === null) failures.push("the instances did not listen again within 30 s of the database's restart");
  record("listening again", await measureEditPropagation(fixture.db, first.baseUrl, second.baseUrl, editorCookie, 5_000));
}

export async function runTwoInstancesScenario(options: { reads: number; workers: number }): Promise<ScenarioResult> {
  const fixture = await startFixtureDb("fristvakt-pair");
  const failures: string[] = [];
  const figures: Record<string, string | number> = {};
  try {
    await generateItems(fixture.db, { items: 500, actors: 10, topics: 5, today: "2025-01-10" });
    const member = await createMemberAccount(fixture.db, "pair");
    const victim = await createMemberAccount(fixture.db, "throttled");
    // Both instances share what must be shared: the database and the session secret.
    const shared = {
      FRISTVAKT_NOW: NOW,
      AUTH_SECRET: "a-secret-both-instances-share-0123456789",
      FRISTVAKT_API_RATE_LIMIT: String(API_RATE_LIMIT),
      FRISTVAKT_TRUSTED_PROXIES: "127.0.0.1",
    };
    const [first, second] = await Promise.all([startApp(fixture.url, shared), startApp(fixture.url, shared)]);
    console.log(`  instances on ports ${first.port} and ${second.port}`);
    const nginx = await startNginx([first.port, second.port]);
    console.log(`  nginx at ${nginx.baseUrl}`);
    try {
      const cookie = await signInCookie(first.baseUrl, member.email, FIXTURE_PASSWORD);
      const onSecond = await fetchWithTimeout(`${second.baseUrl}/my`, { headers: { cookie } });
      figures["session from instance 1 on instance 2"] = onSecond.status;
      if (onSecond.status !== 200 || !(await onSecond.text()).includes("Mine frister"))
        failures.push("a session made on one instance does not work on the other");

      // Failed sign-ins spread over both instances count together.
      for (let attempt = 0; attempt < MAX_ACCOUNT_FAILURES; attempt += 1) {
        const instance = attempt % 2 === 0 ? first : second;
        await signInCookie(instance.baseUrl, victim.email, "wrong-password-123").catch(() => undefined);
      }
      const afterThrottle = await signInCookie(second.baseUrl, victim.email, FIXTURE_PASSWORD).then(
        () => "signed in",
        () => "refused",
      );
      figures[`right password after ${MAX_ACCOUNT_FAILURES} failures on two instances`] = afterThrottle;
      if (afterThrottle !== "refused") failures.push("sign-in throttling does not hold across instances");

      // API requests from one address spread over both instances count against one limit.
      const apiStatuses: number[] = [];
      for (let index = 0; index <= API_RATE_LIMIT; index += 1) {
        const instance = index % 2 === 0 ? first : second;
        const response = await fetchWithTimeout(`${instance.baseUrl}/api/items?status=open`, {
          headers: { "x-forwarded-for": "203.0.113.7" },
        });
        await response.arrayBuffer();
        apiStatuses.push(response.status);
      }
      const allowed = apiStatuses.filter((status) => status === 200).length;
      figures[`API requests from one address over two instances (limit ${API_RATE_LIMIT} a minute)`] =
        `${allowed} answered, then ${apiStatuses.at(-1)}`;
      if (allowed !== API_RATE_LIMIT || apiStatuses.at(-1) !== 429) failures.push("the API rate limit does not hold across instances");

      await checkPropagation(fixture, first, second, figures, failures);

      let killedAt = -1;
      const reads = runBounded(
        options.reads,
        options.workers,
        async (index) => {
          if (index === Math.floor(options.reads / 3)) {
            first.kill();
            killedAt = index;
          }
          const response = await fetchWithTimeout(nginx.baseUrl + READ_ROUTES[index % READ_ROUTES.length], {}, 15_000);
          await response.arrayBuffer();
          return response.status;
        },
        (status) => status === 200,
      );
      const outcome = await reads;
      const rate = outcome.ok / options.reads;
      figures["reads"] =
        `${options.reads} sent, ${outcome.ok} succeeded (${(rate * 100).toFixed(2)} %), ${outcome.hung} hung; statuses ${JSON.stringify(outcome.statuses)}; instance 1 killed at request ${killedAt}`;
      if (rate < 0.999) failures.push(`only ${(rate * 100).toFixed(2)} % of reads succeeded with one instance killed`);
      await sleep(100);
    } finally {
      await nginx.stop();
      await Promise.all([first.stop(), second.stop()]);
    }
  } finally {
    await fixture.dispose();
  }
  return { name: "two instances behind nginx, one killed", failures, figures };
}
