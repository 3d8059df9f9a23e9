// Input for organisation, user and feed-link changes. Strict: unknown keys are refused.
// A member's own organisation and role are never input: they come from the signed-in user.
// Role and organisation below are what an admin chooses for another user.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-rules";
import { ROLES } from "../auth/viewer-types";
import { LOCALES } from "../i18n/locale";

const name = (max: number) =>
  z.string().trim().min(1, "Fyll inn et navn.").max(max, `Navnet kan ha høyst ${max} tegn.`);
const id = (message: string) => z.uuid(message);

export const organisationInputSchema = z.strictObject({
  name: name(120).min(2, "Navnet må ha minst 2 tegn."),
  isResponsesPublic: z.boolean().default(false),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationSharingInputSchema = z.strictObject({ isResponsesPublic: z.boolean() });
export type OrganisationSharingInput = z.input<typeof organisationSharingInputSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, "E-postadressen er for lang.")
  .pipe(z.email("Skriv en gyldig e-postadresse."));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`)
  .max(MAX_PASSWORD_LENGTH, `Passordet kan ha høyst ${MAX_PASSWORD_LENGTH} tegn.`);

const roleSchema = z.enum(ROLES, "Velg rolle: medlem, redaktør eller administrator.");
const MEMBER_NEEDS_ORGANISATION = "Et medlem må høre til en organisasjon.";

export const userInputSchema = z
  .strictObject({
    email: emailSchema,
    name: name(120),
    /** Null for a user who signs in only through OpenID Connect. */
    password: passwordSchema.nullable().default(null),
    role: roleSchema,
    organisationId: id("Velg en organisasjon.").nullable().default(null),
  })
  .refine((input) => input.role !== "MEMBER" || input.organisationId !== null, {
    message: MEMBER_NEEDS_ORGANISATION,
    path: ["organisationId"],
  });
export type UserInput = z.input<typeof userInputSchema>;

export const userRoleInputSchema = z.strictObject({ userId: id("Ukjent bruker."), role: roleSchema });
export type UserRoleInput = z.input<typeof userRoleInputSchema>;

export const userIdInputSchema = z.strictObject({ userId: id("Ukjent bruker.") });
export type UserIdInput = z.input<typeof userIdInputSchema>;

export const localeInputSchema = z.strictObject({ locale: z.enum(LOCALES).nullable() });
export type LocaleInput = z.input<typeof localeInputSchema>;

export const feedTokenInputSchema = z.strictObject({ name: name(80) });
export type FeedTokenInput = z.input<typeof feedTokenInputSchema>;

export const feedTokenIdInputSchema = z.strictObject({ feedTokenId: id("Ukjent kalenderlenke.") });
export type FeedTokenIdInput = z.input<typeof feedTokenIdInputSchema>;

export { MEMBER_NEEDS_ORGANISATION };
