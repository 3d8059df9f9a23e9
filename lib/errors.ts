// The errors `lib` throws on purpose. lib speaks no language: an error carries a code (what
// kind of refusal, for adapters choosing a status) and a reason (which cause, for the sentence),
// and field problems carry a reason each. The words live only in the nb and en messages
// (lib/i18n/messages/problems-*.ts, and editor validation), and lib/i18n/problem-text.ts turns
// reasons into sentences in one place. Pure: no Prisma import, so client code and tests can use it.
import { z } from "zod";
import { findUnstorableField } from "./storable-text";

export const APP_ERROR_CODES = ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "INVALID_INPUT", "UNAUTHENTICATED", "RATE_LIMITED"] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * Why a request was refused. Several reasons share a code: an e-mail that is taken, an
 * organisation name that is taken and an edit based on a stale version are all CONFLICT,
 * and each must be told apart on the page.
 */
export const APP_ERROR_REASONS = [
  "NOT_FOUND",
  "FORBIDDEN",
  "SIGN_IN_REQUIRED",
  "NOT_ORGANISATION_MEMBER",
  "STALE_VERSION",
  "TRY_AGAIN",
  "EMAIL_TAKEN",
  "ORGANISATION_NAME_TAKEN",
  "ACTOR_NAME_TAKEN",
  "TOPIC_NAME_TAKEN",
  "LAST_ADMIN",
  "CANNOT_DISABLE_SELF",
  "ORGANISATION_GONE",
  "INVALID_INPUT",
  "UNKNOWN_FIELDS",
  "INVALID_LINK",
  "LINK_EXPIRED",
  "SIGN_IN_FAILED",
  "SIGN_IN_THROTTLED",
  "UNSUBSCRIBE_LINK_EXPIRED",
  "UNSTORABLE_TEXT",
  "WRONG_PASSWORD",
  "RATE_LIMITED",
  "USER_DISABLED",
] as const;
export type AppErrorReason = (typeof APP_ERROR_REASONS)[number];

/**
 * A field's problem: a key of the problem messages (or of the editor's validation messages),
 * with the numbers its sentence needs ("at most {max} characters").
 */
export interface FieldProblem {
  reason: string;
  params?: Record<string, string | number>;
}

/** Field name → its problems. */
export type FieldErrors = Record<string, FieldProblem[]>;

/** A reason that is a field problem's key rather than one of APP_ERROR_REASONS (e.g. "alreadyCancelled"). */
export type ErrorReason = AppErrorReason | (string & {});

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly reason: ErrorReason;
  readonly fieldErrors: FieldErrors;
  readonly params: Record<string, string | number>;

  constructor(code: AppErrorCode, reason: ErrorReason, fieldErrors: FieldErrors = {}, params: Record<string, string | number> = {}) {
    // The message is for logs and the command line, never shown on a page.
    super(`${code}: ${reason}${Object.keys(fieldErrors).length ? ` (${Object.keys(fieldErrors).join(", ")})` : ""}`);
    this.name = "AppError";
    this.code = code;
    this.reason = reason;
    this.fieldErrors = fieldErrors;
    this.params = params;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A refusal about one field of a form: INVALID_INPUT with that field's problem. */
export function fieldError(field: string, reason: string, params?: Record<string, string | number>): AppError {
  return new AppError("INVALID_INPUT", "INVALID_INPUT", { [field]: [params ? { reason, params } : { reason }] });
}

export const notFound = () => new AppError("NOT_FOUND", "NOT_FOUND");

/**
 * Turns a database error into an AppError, or returns it unchanged. Matched by Prisma's
 * error code rather than by class, so this module stays free of the generated client.
 * P2002: unique violation (the caller says which value is taken, else a stale version);
 * P2025: the row to change is gone; P2003: a referenced row does not exist; P2034: a write
 * conflict or deadlock PostgreSQL asked to retry.
 */
export function translateDatabaseError(error: unknown, conflictReason: ErrorReason = "STALE_VERSION"): unknown {
  if (error instanceof AppError) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "P2002":
      return new AppError("CONFLICT", conflictReason);
    case "P2034":
      return new AppError("CONFLICT", "TRY_AGAIN");
    case "P2025":
    case "P2003":
      return notFound();
    default:
      return error;
  }
}

/** Runs a database operation and rethrows its failure as an AppError where one fits. */
export async function withDatabaseErrors<T>(operation: () => Promise<T>, conflictReason?: ErrorReason): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateDatabaseError(error, conflictReason);
  }
}

// Schemas give a problem key as their message ("nameRequired"); zod's own English messages
// (a type that does not fit, say) have spaces and become the general "invalidValue".
const PROBLEM_KEY = /^[A-Za-z][A-Za-z0-9_.]*$/;

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === "unrecognized_keys") return { reason: "UNKNOWN_FIELDS", params: { fields: issue.keys.join(", ") } };
  const reason = PROBLEM_KEY.test(issue.message) ? issue.message : "invalidValue";
  if (issue.code === "too_big") return { reason, params: { max: Number(issue.maximum) } };
  if (issue.code === "too_small") return { reason, params: { min: Number(issue.minimum) } };
  return { reason };
}

/** Refuses input with a text PostgreSQL cannot keep (lib/storable-text.ts), naming its field. */
export function assertStorableText(input: unknown): void {
  const field = findUnstorableField(input);
  if (field === null) return;
  throw new AppError("INVALID_INPUT", "UNSTORABLE_TEXT", field ? { [field]: [{ reason: "unstorableText" }] } : {});
}

/**
 * Validates input with a zod schema, throwing INVALID_INPUT with the problems per field when
 * it does not pass. Mutations call this even though their actions have checked the same input:
 * a mutation must be safe whoever calls it.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  assertStorableText(input);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldErrors = {};
  let formProblem: FieldProblem | null = null;
  for (const issue of result.error.issues) {
    const problem = problemOf(issue);
    const field = issue.path.length ? String(issue.path[0]) : null;
    if (field === null) formProblem ??= problem;
    else if (!errors[field]?.some((known) => known.reason === problem.reason)) (errors[field] ??= []).push(problem);
  }
  if (formProblem && Object.keys(errors).length === 0) {
    throw new AppError("INVALID_INPUT", formProblem.reason, {}, formProblem.params ?? {});
  }
  throw new AppError("INVALID_INPUT", "INVALID_INPUT", errors);
}
