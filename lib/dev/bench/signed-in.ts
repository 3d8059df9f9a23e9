// `npm run bench:signed-in`: what a signed-in page costs over the bare signed-in page (/session)
// in the same build. 10,000 items and 20 organisations with 500 responses each, in a database
// of its own; the built app answers a member of one of them at 10 connections: /session, "Mine
// frister" (/my and /my?section=overdue) and the open items' list, side by side. Prints
// requests per second, p50, p95, the app's CPU per request and each page's cost over the bare
// page; exits non-zero when /my or its overdue section misses p95 ≤ 150 ms or costs more than
// twice the bare page (the list is reported only).
// `--seconds N` sets the length of each measured run (default 5).
import { buildIfNeeded } from "../../cli/next-process";
import { osloToday } from "../../deadlines";
import { startApp } from "../faults/app-instance";
import { startFixtureDb } from "../faults/fixture-db";
import { signInCookie } from "../faults/http-client";
import { BENCH_PASSWORD, generateAccounts } from "./generate-accounts";
import { generateItems } from "./generate";
import { compareSignedIn, reportSignedIn } from "./signed-in-compare";

const NOW = "2025-01-10T12:00:00+01:00";
const ROUTES = ["/my", "/my?section=overdue", "/items?status=open"];

async function main() {
  const at = process.argv.indexOf("--seconds");
  const seconds = (at > 0 && Number(process.argv[at + 1])) || 5;
  await buildIfNeeded();
  const fixture = await startFixtureDb("fristvakt-signed-in");
  let problems: string[] = [];
  try {
    await generateItems(fixture.db, { items: 10_000, actors: 50, topics: 20, today: osloToday(new Date(NOW)) });
    const email = await generateAccounts(fixture.db, { organisations: 20, users: 200, responses: 10_000 });
    const member = await fixture.db.user.findUniqueOrThrow({ where: { email }, select: { organisationId: true } });
    const responses = await fixture.db.response.count({ where: { organisationId: member.organisationId! } });
    console.log(`10,000 items; the member's organisation has ${responses} responses.`);
    const app = await startApp(fixture.url, { FRISTVAKT_NOW: NOW });
    try {
      const cookie = await signInCookie(app.baseUrl, email, BENCH_PASSWORD);
      console.log("\nPage sizes (HTML, with the page's flight data inlined):");
      for (const route of ["/session", ...ROUTES]) {
        const html = await (await fetch(app.baseUrl + route, { headers: { cookie } })).text();
        console.log(`  ${route.padEnd(26)} ${(Buffer.byteLength(html) / 1024).toFixed(1).padStart(7)} KB`);
      }
      const figures = await compareSignedIn(app.baseUrl, app.child.pid!, cookie, ROUTES, seconds);
      problems = reportSignedIn(figures, ["/my", "/my?section=overdue"]);
    } finally {
      await app.stop();
    }
  } finally {
    await fixture.dispose();
  }
  for (const problem of problems) console.log(`✗ ${problem}`);
  console.log(problems.length === 0 ? "\nAll signed-in targets met." : `\n${problems.length} signed-in target(s) missed.`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main().then(
  () => process.exit(),
  (error: Error) => {
    console.error(`Benchmark failed: ${error.message}`);
    process.exit(1);
  },
);
