// What a server action answers a form, and the one place where lib's error codes become
// sentences for the user. Anything that is not an AppError is rethrown: Next's redirects
// travel as exceptions, and a real fault belongs to the error page, not the form.
import { isAppError, type FieldErrors } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages";

export type ActionState =
  | { status: "idle" }
  | { status: "ok"; message: string; detail?: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors };

export const IDLE: ActionState = { status: "idle" };

export function failureFor(error: unknown, m: Messages, fallback: string): ActionState {
  if (!isAppError(error)) throw error;
  const message =
    error.code === "CONFLICT"
      ? m.account.response.conflict
      : error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED"
        ? m.account.errors.forbidden
        : error.code === "NOT_FOUND"
          ? m.account.errors.notFound
          : error.code === "RATE_LIMITED"
            ? m.account.errors.rateLimited
            : Object.keys(error.fieldErrors).length > 0
              ? fallback
              : error.message;
  return { status: "error", message, fieldErrors: error.fieldErrors };
}

/**
 * A form's named fields as a plain object (and nothing else the request carried). Its type is
 * the mutation's input type only nominally: every lib mutation validates its input again with
 * a strict schema, and turns what does not pass into INVALID_INPUT with field messages.
 */
export function formFields<T = Record<string, string | null>>(formData: FormData, names: readonly string[]): T {
  return Object.fromEntries(names.map((name) => [name, (formData.get(name) as string | null) ?? null])) as T;
}
