// Runs under the command line as well as in the app, so it carries no "server-only" marker
// (which throws outside React server code); it receives its database client.
import type { Db } from "../db/prisma";
import { hashPassword } from "../auth/password";
import { diffRecords } from "../audit/changes";
import { recordAuditEvent } from "../audit/record";
import { AppError, parseInput, withDatabaseErrors } from "../errors";
import { organisationRecord, toOrganisationView } from "./records";
import { organisationInputSchema, userInputSchema, type UserInput } from "./schemas";
import { slugifyName } from "./slug";
import type { OrganisationView, UserView } from "./types";
import { insertUser } from "./user-rows";

export interface ProvisionInput extends Omit<UserInput, "organisationId"> {
  /** The organisation's name; created when no organisation has that name (or its slug). */
  organisationName?: string | null;
}

/**
 * Creates a user, and their organisation when it does not exist yet, for the command line.
 * Whoever runs it already holds the database's credentials, so there is no viewer to check;
 * web requests go through createUser, which requires an admin. Audit rows carry no actor.
 */
export async function provisionUser(
  db: Db,
  input: ProvisionInput,
  now: Date,
): Promise<{ user: UserView; organisation: OrganisationView | null; isOrganisationNew: boolean }> {
  const { organisationName, ...userInput } = input;
  const organisationData = organisationName ? parseInput(organisationInputSchema, { name: organisationName }) : null;
  // Validated with a placeholder organisation: a MEMBER needs one, and the real id comes below.
  const placeholder = organisationData ? "00000000-0000-4000-8000-000000000000" : null;
  const data = parseInput(userInputSchema, { ...userInput, organisationId: placeholder });
  const passwordHash = data.password === null ? null : await hashPassword(data.password);

  return withDatabaseErrors(
    () =>
      db.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email: data.email } })) throw new AppError("CONFLICT", "EMAIL_TAKEN");
        let organisation = null;
        let isOrganisationNew = false;
        if (organisationData) {
          const slug = slugifyName(organisationData.name);
          organisation = await tx.organisation.findFirst({
            where: { OR: [{ name: { equals: organisationData.name, mode: "insensitive" } }, { slug }] },
          });
          if (!organisation) {
            organisation = await tx.organisation.create({ data: { name: organisationData.name, slug, createdAt: now } });
            isOrganisationNew = true;
            await recordAuditEvent(tx, {
              at: now,
              actorUserId: null,
              organisationId: organisation.id,
              entityType: "organisation",
              entityId: organisation.id,
              action: "create",
              changes: diffRecords(null, organisationRecord(organisation)),
            });
          }
        }
        const user = await insertUser(
          tx,
          { email: data.email, name: data.name, passwordHash, role: data.role, organisationId: organisation?.id ?? null },
          null,
          now,
        );
        return { user, organisation: organisation && toOrganisationView(organisation), isOrganisationNew };
      }),
    "EMAIL_TAKEN",
  );
}
