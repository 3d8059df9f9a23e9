// `npm run import -- <file> [--dry-run] [--json] [--as-of YYYY-MM-DD]`: reads a newsletter or
// announcement (text, Markdown or PDF), lists the items it proposes and, without --dry-run,
// saves the new ones. With --json, standard output carries only the JSON array; everything
// else goes to standard error. Bad input is a sentence on standard error and exit code 1,
// with nothing saved.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { currentTime, osloToday } from "../deadlines";
import { isCalendarDate } from "../model/calendar-date";
import { extractItemsOffThread } from "../import/extract-off-thread";
import { openImportDatabase } from "../import/import-database";
import { formatListing, toItemJson } from "../import/output";
import { findPublicationDate } from "../import/extract";
import { readImportFile } from "../import/read-file";
import { saveProposedItems } from "../import/save";
import { describeSource } from "../import/source-info";

const USAGE = `Usage: npm run import -- <file> [--dry-run] [--json] [--as-of YYYY-MM-DD]

Reads a newsletter or announcement (.txt, .md or .pdf, up to 20 MB), finds the hearings,
invitations to give input, seminars and other dated deadlines in it, and saves the new ones.
An item already in the database (imported before from the same file, or with the same
reference, the same title and date, or the same kind, issuer and dates) is not saved twice.

  --dry-run          list what would be saved; save nothing
  --json             print only the items, as a JSON array, on standard output
  --as-of YYYY-MM-DD the day the text was published: years the text leaves out are read
                     from it (default: the newsletter's own period or date, else today)
  --help             show this text

Without DATABASE_URL the items go to the embedded database in .data/ (as npm start uses it);
stop Fristvakt first, or set DATABASE_URL to import into a running database.`;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        "as-of": { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "Name the file to import." : "Import one file at a time.");
  const asOf = values["as-of"];
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new UsageError(`--as-of must be a day written as YYYY-MM-DD, not "${asOf}".`);
  return { help: false as const, file: positionals[0], dryRun: values["dry-run"], json: values.json, asOf };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  // With --json, standard output is for the array alone.
  const say = (line: string) => (options.json ? console.error(line) : console.log(line));
  const { text } = await readImportFile(options.file);
  const extraction = await extractItemsOffThread(text, { asOf: options.asOf, today: osloToday(currentTime()) });
  // The database is opened before anything is printed, so a failure there prints no list.
  const database = options.dryRun || extraction.items.length === 0 ? null : await openImportDatabase();
  if (options.json) console.log(JSON.stringify(extraction.items.map(toItemJson), null, 2));
  else say(formatListing(extraction.items, extraction.notes));
  if (!database) {
    if (!options.dryRun) say("Nothing to save.");
    return 0;
  }

  const hash = createHash("sha256")
    .update(await fs.readFile(options.file))
    .digest("hex");
  const info = describeSource(path.basename(options.file), text, extraction.period, hash);
  try {
    const publishedOn = options.asOf ?? findPublicationDate(text);
    const result = await saveProposedItems(database.db, { ...info, publishedOn }, extraction.items);
    // Items this file saved before are expected on a second run; only the others are news.
    for (const { item, reason } of result.skipped) if (reason !== "same source key") say(`Skipped (${reason}): ${item.title}`);
    if (result.createdActors.length > 0) say(`New actors: ${result.createdActors.join(", ")}`);
    say(`Saved ${result.created.length} new, skipped ${result.skipped.length} already there, in ${database.description}.`);
  } finally {
    await database.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    // Bad input and a busy database explain themselves; anything else is shown as it is, too.
    console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
