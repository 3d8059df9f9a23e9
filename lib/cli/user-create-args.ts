// Reads `npm run user:create` arguments. Pure, so the rules are tested without a database.
import { ROLES, type Role } from "../auth/viewer-types";

export const USER_CREATE_USAGE = `Usage: npm run user:create -- --email E --password P --role MEMBER|EDITOR|ADMIN [--org NAME] [--name NAME]

Creates a user who can sign in to Fristvakt.
  --email     the e-mail address the user signs in with
  --password  at least 10 characters (the shell may keep it in its history)
  --role      MEMBER (tracks responses for an organisation), EDITOR (edits items) or ADMIN (manages users)
  --org       the user's organisation; created when no organisation has that name (required for MEMBER)
  --name      the name shown in Fristvakt; defaults to the part of the e-mail before @

With DATABASE_URL it uses that PostgreSQL; without it, the embedded one in .data/
(or FRISTVAKT_DATA_DIR), the running app's when npm start runs on that folder.`;

export interface UserCreateArgs {
  email: string;
  password: string;
  role: Role;
  organisationName: string | null;
  name: string;
}

export type ParsedArgs = { kind: "help" } | { kind: "error"; message: string } | { kind: "ok"; args: UserCreateArgs };

const FLAGS = ["email", "password", "role", "org", "name"] as const;
type Flag = (typeof FLAGS)[number];

export function parseUserCreateArgs(argv: string[]): ParsedArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  const values: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(argv[i]);
    const flag = match?.[1] as Flag | undefined;
    if (!match || !flag || !FLAGS.includes(flag)) return { kind: "error", message: `Unknown argument "${argv[i]}".` };
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith("--"))) {
      return { kind: "error", message: `--${flag} needs a value.` };
    }
    if (values[flag] !== undefined) return { kind: "error", message: `--${flag} is given twice.` };
    values[flag] = value;
  }
  const missing = (["email", "password", "role"] as const).filter((flag) => !values[flag]);
  if (missing.length) return { kind: "error", message: `Missing ${missing.map((f) => `--${f}`).join(", ")}.` };
  const role = values.role!.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    return { kind: "error", message: `--role must be MEMBER, EDITOR or ADMIN, not "${values.role}".` };
  }
  if (role === "MEMBER" && !values.org?.trim()) return { kind: "error", message: "A MEMBER needs --org NAME." };
  const email = values.email!.trim();
  return {
    kind: "ok",
    args: {
      email,
      password: values.password!,
      role: role as Role,
      organisationName: values.org?.trim() || null,
      name: values.name?.trim() || email.split("@")[0],
    },
  };
}
