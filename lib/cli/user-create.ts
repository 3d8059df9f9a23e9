// `npm run user:create`: creates a user (and their organisation when it is new) directly in
// the database, for the first admin and for scripts. See --help.
import { getMessages } from "../i18n/messages";
import { errorText, fieldErrorTexts } from "../i18n/problem-text";
import { openCommandDatabase } from "../db/command-database";
import { createPrismaClient } from "../db/prisma";
import { currentTime } from "../deadlines";
import { isAppError } from "../errors";
import { provisionUser } from "../organisations/provision";
import { parseUserCreateArgs, USER_CREATE_USAGE } from "./user-create-args";

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
  const database = await openCommandDatabase();
  try {
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
    await database.close();
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
