// Parses `npm run sources -- …`. Pure, so it is tested without a database.
import { SOURCE_TYPES } from "../sources/schemas";

export const SOURCES_USAGE = `Usage:
  npm run sources -- add --type regjeringen|stortinget|ics|rss --url URL [--name TEXT] [--publish | --relevant]
  npm run sources -- list [--json]
  npm run sources -- poll

  add    adds a source. What it finds waits in the editors' inbox (/sources/inbox), unless
         --publish (published at once) or --relevant (published when it matches the
         relevance words or ministries kept at /sources; the rest waits in the inbox).
  list   prints each source: state, last poll, items found, proposals waiting, last error.
         --json prints a JSON array instead.
  poll   polls every source now, once, and prints what each found. Exits 0 when the run
         completed, whatever the sources answered (their errors are printed and kept).

With DATABASE_URL it uses that PostgreSQL; without it, the embedded one in .data/
(or FRISTVAKT_DATA_DIR), the running app's when npm start runs on that folder.`;

export type SourcesArgs =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | { kind: "add"; type: string; url: string; name: string | null; mode: "publish" | "review" | "relevant" }
  | { kind: "list"; isJson: boolean }
  | { kind: "poll" };

const error = (message: string): SourcesArgs => ({ kind: "error", message });

export function parseSourcesArgs(argv: string[]): SourcesArgs {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  const [command, ...rest] = argv;
  if (command === "list") {
    const unknown = rest.find((arg) => arg !== "--json");
    return unknown ? error(`"${unknown}" is not an option of list (only --json).`) : { kind: "list", isJson: rest.includes("--json") };
  }
  if (command === "poll") {
    return rest.length > 0 ? error(`poll takes no options, not "${rest[0]}".`) : { kind: "poll" };
  }
  if (command !== "add") return error(`"${command}" is not a command: use add, list or poll.`);
  const values: Record<string, string> = {};
  let mode: "publish" | "review" | "relevant" = "review";
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (arg === "--publish" || arg === "--relevant") {
      if (mode !== "review") return error("Give either --publish or --relevant, not both.");
      mode = arg === "--publish" ? "publish" : "relevant";
      continue;
    }
    if (arg !== "--type" && arg !== "--url" && arg !== "--name") return error(`"${arg}" is not an option of add.`);
    const value = rest[i + 1];
    if (value === undefined || value.startsWith("--")) return error(`${arg} needs a value.`);
    values[arg.slice(2)] = value;
    i += 1;
  }
  if (!values.type) return error("add needs --type (regjeringen, stortinget, ics or rss).");
  if (!(SOURCE_TYPES as readonly string[]).includes(values.type))
    return error(`--type must be regjeringen, stortinget, ics or rss, not "${values.type}".`);
  if (!values.url) return error("add needs --url, the address of the feed.");
  return { kind: "add", type: values.type, url: values.url, name: values.name ?? null, mode };
}
