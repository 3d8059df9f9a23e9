// `npm run eval:extract [-- --verbose]`: how well the extractor reads the development set in
// texts/ (announcements written in the styles of ten kinds of publishers, each with its
// truth beside it). Prints, per kind of publisher and overall, recall (items found with
// every date exact), false items (proposals that are no item), vague dates made concrete, and
// lists every miss and every false item. Targets: recall ≥ 95 %, false items ≤ 5 %, no vague
// date made concrete. Exits non-zero when a target is missed.
import fs from "node:fs";
import path from "node:path";
import { extractItems } from "../../import/extract";
import type { ProposedItem } from "../../import/extract";
import { matchTruth, type Truth } from "./match";

const TEXTS = path.join(import.meta.dirname, "texts");
const RECALL_TARGET = 0.95;
const FALSE_TARGET = 0.05;

interface Tally {
  expected: number;
  found: number;
  proposed: number;
  false: number;
  vague: number;
  yearOpenFlagged: number;
  yearOpen: number;
  soft: number;
  softMarked: number;
}

const emptyTally = (): Tally => ({
  expected: 0,
  found: 0,
  proposed: 0,
  false: 0,
  vague: 0,
  yearOpenFlagged: 0,
  yearOpen: 0,
  soft: 0,
  softMarked: 0,
});
const pct = (n: number, d: number) => (d === 0 ? "   –  " : `${((100 * n) / d).toFixed(1).padStart(5)} %`);

function describe(item: {
  kind: string;
  title: string;
  sentOn: string | null;
  deadline: string | null;
  startOn: string | null;
  endOn: string | null;
}): string {
  const dates =
    item.kind === "SEMINAR"
      ? `${item.startOn}${item.endOn && item.endOn !== item.startOn ? `–${item.endOn}` : ""}`
      : `${item.sentOn ? `${item.sentOn} → ` : ""}${item.deadline}`;
  return `${item.kind.padEnd(14)} ${dates.padEnd(24)} ${item.title}`;
}

function main(): void {
  const verbose = process.argv.includes("--verbose");
  const byPublisher = new Map<string, Tally>();
  const total = emptyTally();
  const report: string[] = [];
  for (const publisher of fs.readdirSync(TEXTS).sort()) {
    const dir = path.join(TEXTS, publisher);
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const truth = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/, ".truth.json")), "utf8")) as Truth;
      const items: ProposedItem[] = extractItems(text, { today: truth.today, asOf: truth.asOf ?? undefined }).items;
      const result = matchTruth(truth, items);
      const tally = byPublisher.get(publisher) ?? emptyTally();
      for (const t of [tally, total]) {
        t.expected += truth.items.length;
        t.found += result.found.length;
        t.proposed += items.length - result.optional.length;
        t.false += result.falseItems.length;
        t.vague += result.vagueMadeConcrete.length;
        t.yearOpen += result.yearOpen;
        t.yearOpenFlagged += result.yearOpenFlagged;
        t.soft += result.soft;
        t.softMarked += result.softMarked;
      }
      byPublisher.set(publisher, tally);
      const name = `${publisher}/${file}`;
      for (const miss of result.missed)
        report.push(`MISS   ${name}\n       ${describe(miss.truth)}${miss.nearest ? `\n       nearest: ${describe(miss.nearest)}` : ""}`);
      for (const item of result.falseItems)
        report.push(`FALSE  ${name}\n       ${describe(item)}\n       from: ${item.sources[0]?.slice(0, 140) ?? ""}`);
      for (const item of result.vagueMadeConcrete) report.push(`VAGUE  ${name}: a vague time was made a date\n       ${describe(item)}`);
      if (verbose) for (const item of items) report.push(`       ${name}: ${describe(item)} [${item.issuer?.shortName ?? "–"}]`);
    }
  }

  console.log("publisher        texts  expected  found  recall    proposed  false  false %   vague");
  const row = (label: string, t: Tally, texts: number | string) =>
    console.log(
      `${label.padEnd(16)} ${String(texts).padStart(5)}  ${String(t.expected).padStart(8)}  ${String(t.found).padStart(5)}  ${pct(t.found, t.expected)}  ${String(t.proposed).padStart(8)}  ${String(t.false).padStart(5)}  ${pct(t.false, t.proposed)}  ${String(t.vague).padStart(5)}`,
    );
  for (const [publisher, t] of byPublisher)
    row(publisher, t, fs.readdirSync(path.join(TEXTS, publisher)).filter((f) => f.endsWith(".txt")).length);
  row(
    "overall",
    total,
    [...byPublisher.keys()].reduce((n, p) => n + fs.readdirSync(path.join(TEXTS, p)).filter((f) => f.endsWith(".txt")).length, 0),
  );
  console.log(`years the text does not settle, said so in the proposal: ${total.yearOpenFlagged} of ${total.yearOpen}`);
  console.log(`soft deadlines («gjerne innen») marked soft: ${total.softMarked} of ${total.soft}`);
  if (report.length > 0) console.log(`\n${report.join("\n")}`);

  const recall = total.found / total.expected;
  const falseShare = total.proposed === 0 ? 0 : total.false / total.proposed;
  const isMet = recall >= RECALL_TARGET && falseShare <= FALSE_TARGET && total.vague === 0;
  console.log(
    `\nTargets (recall ≥ ${RECALL_TARGET * 100} %, false items ≤ ${FALSE_TARGET * 100} %, no vague date made concrete): ${isMet ? "met" : "NOT met"}`,
  );
  if (!isMet) process.exitCode = 1;
}

main();
