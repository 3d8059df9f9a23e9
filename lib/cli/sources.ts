// `npm run sources`: adds, lists and polls the sources Fristvakt fetches items from. Works
// while `npm start` runs on the same data folder. See --help.
import type { Db } from "../db/prisma";
import { currentTime } from "../deadlines";
import { describePollResult, pollAllSources } from "../sources/poll";
import { PoliteFetcher } from "../sources/polite-fetch";
import { listSources, sourceJson, type SourceSummary } from "../sources/queries";
import { addSource, COMMAND_LINE } from "../sources/source-mutations";
import { pollSettingsFromEnv } from "../sources/settings";
import type { SourceInput } from "../sources/schemas";
import { runDatabaseCommand } from "./database-command";
import { parseSourcesArgs, SOURCES_USAGE, type SourcesArgs } from "./sources-args";

function describeSource(source: SourceSummary): string {
  const state = !source.isEnabled
    ? "switched off"
    : source.lastError
      ? `error: ${source.lastError}`
      : source.lastPolledAt
        ? source.isQuiet
          ? "nothing new for over a week"
          : "fine"
        : "not polled yet";
  const polled = source.lastPolledAt ? source.lastPolledAt.toISOString() : "never";
  return [
    `${source.name} (${source.type}, ${source.mode})`,
    `  ${source.url}`,
    `  last polled ${polled}; ${source.itemCount} items, ${source.pendingCount} proposals waiting; ${state}`,
    `  id ${source.id}`,
  ].join("\n");
}

async function run(db: Db, args: Exclude<SourcesArgs, { kind: "help" | "error" }>): Promise<number> {
  if (args.kind === "add") {
    const input = { type: args.type, url: args.url, name: args.name, mode: args.mode } as SourceInput;
    const source = await addSource(db, COMMAND_LINE, input, currentTime());
    console.log(
      `Added ${source.name} (${args.mode}); id ${source.id}. It is polled within a minute by npm start, or now with: npm run sources -- poll`,
    );
    return 0;
  }
  if (args.kind === "list") {
    const sources = await listSources(db, currentTime());
    if (args.isJson) console.log(JSON.stringify(sources.map(sourceJson), null, 2));
    else
      console.log(
        sources.length === 0
          ? "No sources yet. Add one with: npm run sources -- add --type … --url …"
          : sources.map(describeSource).join("\n\n"),
      );
    return 0;
  }
  const results = await pollAllSources({ db, fetcher: new PoliteFetcher(pollSettingsFromEnv()), clock: () => currentTime() });
  if (results.length === 0) console.log("No sources to poll.");
  for (const result of results) console.log(describePollResult(result));
  return 0;
}

runDatabaseCommand<Exclude<SourcesArgs, { kind: "help" | "error" }>>({
  usage: SOURCES_USAGE,
  parse: parseSourcesArgs,
  checkSettings: () => {
    pollSettingsFromEnv();
    currentTime();
  },
  connections: 2,
  run,
  refusal: "Could not save the source",
  fieldProblems: "first",
  failure: "Sources",
});
