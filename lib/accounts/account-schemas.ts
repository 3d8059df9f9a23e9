// Input for the account self-service forms: a reset request, a new password from a link,
// and one's own password change. Strict: unknown keys are refused. Pure.
import { z } from "zod";
import { PROBLEM } from "../i18n/problem-keys";
import { emailSchema, passwordSchema } from "../organisations/schemas";

const token = z.string(PROBLEM.tokenInvalid).max(100, PROBLEM.tokenInvalid);
const repeated = <T extends { password: string; repeatPassword: string }>(input: T) => input.password === input.repeatPassword;
const DIFFER = { message: PROBLEM.passwordsDiffer, path: ["repeatPassword"] };

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

export const newPasswordInputSchema = z
  .strictObject({ token, password: passwordSchema, repeatPassword: z.string() })
  .refine(repeated, DIFFER);
export type NewPasswordInput = z.input<typeof newPasswordInputSchema>;

export const invitationAcceptInputSchema = z
  .strictObject({
    token,
    name: z.string(PROBLEM.nameRequired).trim().min(1, PROBLEM.nameRequired).max(120, PROBLEM.nameTooLong),
    password: passwordSchema,
    repeatPassword: z.string(),
  })
  .refine(repeated, DIFFER);
export type InvitationAcceptInput = z.input<typeof invitationAcceptInputSchema>;

export const passwordChangeInputSchema = z
  .strictObject({ currentPassword: z.string().max(1_000), password: passwordSchema, repeatPassword: z.string() })
  .refine(repeated, DIFFER);
export type PasswordChangeInput = z.input<typeof passwordChangeInputSchema>;
