// `npm run user:create`: creates a user (and their organisation when it is new) directly in
// the database, for the first admin and for scripts. See --help.
import { getMessages } from "../i18n/messages";
import { errorText, fieldErrorTexts } from "../i18n/problem-text";
import path from "node:path";
import { openEmbeddedPostgres, StartupError } from "../db/embedded";
import { applyMigrations } from "../db/migrate";
import { createPrismaClient } from "../db/prisma";
import { currentTime } from "../deadlines";
import { isAppError } from "../errors";
import { provisionUser } from "../organisations/provision";
import { parseUserCreateArgs, USER_CREATE_USAGE } from "./user-create-args";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function openDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  // While `npm start` runs on the same folder, its database server is used (and left running).
  const dataDir = path.resolve(ROOT, process.env.FRISTVAKT_DATA_DIR || ".data", "pg");
  const server = await openEmbeddedPostgres({ dataDir });
  return { url: server.url, stop: () => server.stop() };
}

async function main(): Promise<number> {
  const parsed = parseUserCreateArgs(process.argv.slice(2));
  if (parsed.kind === "help") {
    console.log(USER_CREATE_USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    console.error(`${parsed.message}\n\n${USER_CREATE_USAGE}`);
    return 2;
  }
  const { args } = parsed;
  const now = currentTime();
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    const db = createPrismaClient(database.url, { max: 2 });
    try {
      const { user, organisation, isOrganisationNew } = await provisionUser(db, args, now);
      const where = organisation ? ` in ${organisation.name}${isOrganisationNew ? " (new organisation)" : ""}` : "";
      console.log(`Created ${user.role} ${user.email}${where}.`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (isAppError(error)) {
      // The command line speaks English, in the same words as the English pages.
      const m = getMessages("en");
      const details = Object.entries(fieldErrorTexts(error.fieldErrors, m)).map(([field, messages]) => `  ${field}: ${messages.join(" ")}`);
      console.error([`Could not create the user: ${errorText(error, m)}`, ...details].join("\n"));
    } else {
      console.error(`Could not create the user: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
