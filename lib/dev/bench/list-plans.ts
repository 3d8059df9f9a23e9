// `npm run bench:lists`: the item list's orders and searches on 50,000 generated items, each
// statement run again under EXPLAIN ANALYZE: its time, and whether it read the whole items
// table (a sequential scan). Prints figures; exits non-zero only when the run itself fails.
// `--quick` uses a tenth of the data.
import { osloToday } from "../../deadlines";
import { startFixtureDb } from "../faults/fixture-db";
import { EMPTY_FILTER, type ItemFilter } from "../../items/filters";
import type { ListSort } from "../../items/list-sort";
import { listItems } from "../../items/queries";
import { generateItems } from "./generate";
import { formatMs } from "./http";
import { captureQueries, explainQueries } from "./query-plans";

const NOW = "2025-01-10T12:00:00+01:00";

async function main() {
  const scale = process.argv.includes("--quick") ? 0.1 : 1;
  const fixture = await startFixtureDb("fristvakt-lists");
  try {
    await generateItems(fixture.db, { items: 50_000 * scale, actors: 50, topics: 20, today: osloToday(new Date(NOW)) });
    const time = { now: new Date(NOW), closingSoonDays: 14 };
    const cases: [string, Partial<ItemFilter>, ListSort, number][] = [
      ["default order, page 1", {}, "deadline", 1],
      ["default order, page 400 (in the closed part)", {}, "deadline", 400],
      ["sort=title", {}, "title", 1],
      ["sort=newest", {}, "newest", 1],
      ["status=open", { status: "open" }, "deadline", 1],
      ["q=migrasjon", { q: "migrasjon" }, "deadline", 1],
      ["q=nou 2025 1234", { q: "nou 2025 1234" }, "deadline", 1],
      ["q=nummer 7 (an issuer's name)", { q: "nummer 7" }, "deadline", 1],
      ["q=A7 (an issuer's short name)", { q: "A7" }, "deadline", 1],
    ];
    console.log(
      `${50_000 * scale} items.\n\n${"list".padEnd(46)} ${"statements".padStart(10)} ${"slowest".padStart(10)} ${"total".padStart(10)}  seq scan on item`,
    );
    for (const [label, filter, sort, page] of cases) {
      const queries = await captureQueries(fixture.url, label, (db) => listItems(db, { ...EMPTY_FILTER, ...filter }, time, page, sort));
      const plans = await explainQueries(fixture.url, queries);
      const total = plans.reduce((sum, plan) => sum + plan.ms, 0);
      const scans = plans.filter((plan) => plan.hasSeqScanOnItem).length;
      console.log(
        `${label.padEnd(46)} ${String(plans.length).padStart(10)} ${formatMs(plans[0]?.ms ?? 0).padStart(10)} ${formatMs(total).padStart(10)}  ${scans === 0 ? "none" : `${scans} statement(s)`}`,
      );
      for (const plan of plans.filter((each) => each.hasSeqScanOnItem)) console.log(`  ${plan.sql.slice(0, 160)}\n${plan.plan}`);
    }
  } finally {
    await fixture.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
