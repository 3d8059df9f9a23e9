// The errors `lib` throws on purpose. Each adapter (page, server action, route handler) maps
// the code to a response in one place; the message is a sentence a user may read. Pure: no
// Prisma import, so client code and tests can use it.
import { z } from "zod";
import { findUnstorableField, UNSTORABLE_TEXT_MESSAGE } from "./storable-text";

export const APP_ERROR_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID_INPUT",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Field name → messages, as zod's `flatten().fieldErrors` gives them. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors;

  constructor(code: AppErrorCode, message: string, fieldErrors: FieldErrors = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

// Lower-case on purpose: pages show it after "Kunne ikke lagre: ".
export const STALE_VERSION_MESSAGE = "endret av noen andre, last inn på nytt";
export const NOT_FOUND_MESSAGE = "Fant ikke det du lette etter.";

/**
 * Turns a database error into an AppError, or returns it unchanged. Matched by Prisma's
 * error code rather than by class, so this module stays free of the generated client.
 * P2002: unique violation; P2025: the row to change is gone; P2003: a referenced row does
 * not exist; P2034: a write conflict or deadlock PostgreSQL asked to retry.
 */
export function translateDatabaseError(error: unknown, conflictMessage = STALE_VERSION_MESSAGE): unknown {
  if (error instanceof AppError) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "P2002":
    case "P2034":
      return new AppError("CONFLICT", conflictMessage);
    case "P2025":
    case "P2003":
      return new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    default:
      return error;
  }
}

/** Runs a database operation and rethrows its failure as an AppError where one fits. */
export async function withDatabaseErrors<T>(operation: () => Promise<T>, conflictMessage?: string): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateDatabaseError(error, conflictMessage);
  }
}

export const INVALID_INPUT_MESSAGE = "Noe i skjemaet må rettes.";

/** Refuses input with a text PostgreSQL cannot keep (lib/storable-text.ts), naming its field. */
export function assertStorableText(input: unknown): void {
  const field = findUnstorableField(input);
  if (field === null) return;
  throw new AppError("INVALID_INPUT", UNSTORABLE_TEXT_MESSAGE, field ? { [field]: [UNSTORABLE_TEXT_MESSAGE] } : {});
}

/**
 * Validates input with a zod schema, throwing INVALID_INPUT with the field messages when it
 * does not pass. Mutations call this even though their actions have checked the same input:
 * a mutation must be safe whoever calls it.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  assertStorableText(input);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { formErrors, fieldErrors } = z.flattenError(result.error);
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) errors[field] = messages;
  }
  throw new AppError("INVALID_INPUT", formErrors[0] ?? INVALID_INPUT_MESSAGE, errors);
}
