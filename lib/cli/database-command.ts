// What the commands that work on the database (`npm run sources`, `npm run user:create`) share:
// the arguments read first, so --help and a mistyped option are answered before anything
// starts; the settings checked next; the database opened as lib/db/command-database.ts says
// and closed whatever happens; a refusal from lib shown in the English pages' words, never a
// stack trace; and the exit code (0 done, 1 failed or refused, 2 bad arguments).
import { openCommandDatabase } from "../db/command-database";
import { createPrismaClient, type Db } from "../db/prisma";
import { isAppError, type AppError } from "../errors";
import { getMessages } from "../i18n/messages";
import { errorText, fieldErrorTexts } from "../i18n/problem-text";

type ParsedArgs<Args> = Args | { kind: "help" } | { kind: "error"; message: string };

export interface DatabaseCommand<Args> {
  usage: string;
  parse: (argv: string[]) => ParsedArgs<Args>;
  /** Reads the settings the command needs, throwing on a bad one, before the database opens. */
  checkSettings?: () => void;
  /** Connections the command needs at once. */
  connections: number;
  run: (db: Db, args: Args) => Promise<number>;
  /** What a refusal from lib starts with, e.g. "Could not create the user". */
  refusal: string;
  /** "first": the first field's problem on the refusal's line; "each": the refusal, then each field on its own line. */
  fieldProblems: "first" | "each";
  /** What any other failure starts with. */
  failure: string;
}

function isParseOutcome<Args>(parsed: ParsedArgs<Args>): parsed is { kind: "help" } | { kind: "error"; message: string } {
  const kind = (parsed as { kind?: unknown }).kind;
  return kind === "help" || kind === "error";
}

/** The lines a refusal from lib is shown as. */
export function refusalLines(error: AppError, refusal: string, fieldProblems: "first" | "each"): string[] {
  // The command line speaks English, in the same words as the English pages.
  const m = getMessages("en");
  const fields = fieldErrorTexts(error.fieldErrors, m);
  if (fieldProblems === "first") return [`${refusal}: ${Object.values(fields).flat()[0] ?? errorText(error, m)}`];
  return [`${refusal}: ${errorText(error, m)}`, ...Object.entries(fields).map(([field, texts]) => `  ${field}: ${texts.join(" ")}`)];
}

async function runCommand<Args>(command: DatabaseCommand<Args>, argv: string[]): Promise<number> {
  const parsed = command.parse(argv);
  if (isParseOutcome(parsed)) {
    if (parsed.kind === "help") {
      console.log(command.usage);
      return 0;
    }
    console.error(`${parsed.message}\n\n${command.usage}`);
    return 2;
  }
  command.checkSettings?.();
  const database = await openCommandDatabase();
  try {
    const db = createPrismaClient(database.url, { max: command.connections });
    try {
      return await command.run(db, parsed);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
}

/** Runs the command on this process's arguments and exits with its code. */
export function runDatabaseCommand<Args>(command: DatabaseCommand<Args>, argv: string[] = process.argv.slice(2)): void {
  runCommand(command, argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (isAppError(error)) console.error(refusalLines(error, command.refusal, command.fieldProblems).join("\n"));
      else console.error(`${command.failure}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
