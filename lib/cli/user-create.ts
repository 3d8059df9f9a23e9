// `npm run user:create`: creates a user (and their organisation when it is new) directly in
// the database, for the first admin and for scripts. See --help.
import { currentTime } from "../deadlines";
import { provisionUser } from "../organisations/provision";
import { runDatabaseCommand } from "./database-command";
import { parseUserCreateArgs, USER_CREATE_USAGE, type ParsedArgs } from "./user-create-args";

runDatabaseCommand<Extract<ParsedArgs, { kind: "ok" }>>({
  usage: USER_CREATE_USAGE,
  parse: parseUserCreateArgs,
  checkSettings: () => {
    currentTime();
  },
  connections: 2,
  run: async (db, { args }) => {
    const { user, organisation, isOrganisationNew } = await provisionUser(db, args, currentTime());
    const where = organisation ? ` in ${organisation.name}${isOrganisationNew ? " (new organisation)" : ""}` : "";
    console.log(`Created ${user.role} ${user.email}${where}.`);
    return 0;
  },
  refusal: "Could not create the user",
  fieldProblems: "each",
  failure: "Could not create the user",
});
