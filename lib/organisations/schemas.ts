// Input for organisation, user and feed-link changes. Strict: unknown keys are refused.
// A member's own organisation and role are never input: they come from the signed-in user.
// Role and organisation below are what an admin chooses for another user.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-rules";
import { ROLES } from "../auth/viewer-types";
import { PROBLEM } from "../i18n/problem-keys";
import { LOCALES } from "../i18n/locale";

const name = (max: number) => z.string(PROBLEM.nameRequired).trim().min(1, PROBLEM.nameRequired).max(max, PROBLEM.nameTooLong);
const id = (reason: string) => z.uuid(reason);

export const organisationInputSchema = z.strictObject({
  name: name(120).min(2, PROBLEM.nameTooShort),
  isResponsesPublic: z.boolean().default(false),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationSharingInputSchema = z.strictObject({ isResponsesPublic: z.boolean() });
export type OrganisationSharingInput = z.input<typeof organisationSharingInputSchema>;

export const emailSchema = z.string().trim().toLowerCase().max(320, PROBLEM.emailTooLong).pipe(z.email(PROBLEM.emailInvalid));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, PROBLEM.passwordTooShort)
  .max(MAX_PASSWORD_LENGTH, PROBLEM.passwordTooLong);

const roleSchema = z.enum(ROLES, PROBLEM.roleRequired);
const MEMBER_NEEDS_ORGANISATION = PROBLEM.memberNeedsOrganisation;

export const userInputSchema = z
  .strictObject({
    email: emailSchema,
    name: name(120),
    /** Null for a user who signs in only through OpenID Connect. */
    password: passwordSchema.nullable().default(null),
    role: roleSchema,
    organisationId: id(PROBLEM.organisationRequired).nullable().default(null),
  })
  .refine((input) => input.role !== "MEMBER" || input.organisationId !== null, {
    message: MEMBER_NEEDS_ORGANISATION,
    path: ["organisationId"],
  });
export type UserInput = z.input<typeof userInputSchema>;

export const userRoleInputSchema = z.strictObject({ userId: id(PROBLEM.unknownUser), role: roleSchema });
export type UserRoleInput = z.input<typeof userRoleInputSchema>;

export const userIdInputSchema = z.strictObject({ userId: id(PROBLEM.unknownUser) });
export type UserIdInput = z.input<typeof userIdInputSchema>;

export const userMoveInputSchema = z.strictObject({
  userId: id(PROBLEM.unknownUser),
  organisationId: id(PROBLEM.organisationRequired).nullable(),
});
export type UserMoveInput = z.input<typeof userMoveInputSchema>;

/** An admin's invitation: the invitee chooses their own password from the e-mailed link. */
export const invitationInputSchema = z
  .strictObject({
    email: emailSchema,
    name: name(120),
    role: roleSchema,
    organisationId: id(PROBLEM.organisationRequired).nullable().default(null),
  })
  .refine((input) => input.role !== "MEMBER" || input.organisationId !== null, {
    message: MEMBER_NEEDS_ORGANISATION,
    path: ["organisationId"],
  });
export type InvitationInput = z.input<typeof invitationInputSchema>;

export const organisationRenameInputSchema = z.strictObject({
  organisationId: id(PROBLEM.unknownOrganisation),
  name: name(120).min(2, PROBLEM.nameTooShort),
});
export type OrganisationRenameInput = z.input<typeof organisationRenameInputSchema>;

export const organisationSharingByAdminInputSchema = z.strictObject({
  organisationId: id(PROBLEM.unknownOrganisation),
  isResponsesPublic: z.boolean(),
});
export type OrganisationSharingByAdminInput = z.input<typeof organisationSharingByAdminInputSchema>;

export const nameInputSchema = z.strictObject({ name: name(120) });
export type NameInput = z.input<typeof nameInputSchema>;

export const localeInputSchema = z.strictObject({ locale: z.enum(LOCALES).nullable() });
export type LocaleInput = z.input<typeof localeInputSchema>;

export const feedTokenInputSchema = z.strictObject({ name: name(80) });
export type FeedTokenInput = z.input<typeof feedTokenInputSchema>;

export const feedTokenIdInputSchema = z.strictObject({ feedTokenId: id(PROBLEM.unknownFeedLink) });
export type FeedTokenIdInput = z.input<typeof feedTokenIdInputSchema>;

export { MEMBER_NEEDS_ORGANISATION };
