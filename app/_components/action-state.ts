// What a server action answers a form, and where lib's refusals become sentences for the
// user (through lib/i18n/problem-text, the one mapping from reasons to words). Anything that
// is not an AppError is rethrown: Next's redirects travel as exceptions, and a real fault
// belongs to the error page, not the form.
import { isAppError } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages";
import { errorText, fieldErrorTexts } from "@/lib/i18n/problem-text";

/** Field name → sentences in the reader's language. */
export type FieldMessages = Record<string, string[]>;

/** Field name → what the refused form held in it (a name can repeat, as ticked boxes do). */
export type TypedValues = Record<string, string[]>;

export type ActionState =
  | { status: "idle" }
  | { status: "ok"; message: string; detail?: string }
  /** `typed`: what the form held, so that a page sent back without JavaScript shows it again. */
  | { status: "error"; message: string; fieldErrors: FieldMessages; typed?: TypedValues };

/** A refusal as every form shows it: the sentence, and each field's own sentences. */
export type ActionFailure = Extract<ActionState, { status: "error" }>;

export const IDLE: ActionState = { status: "idle" };

/**
 * The form's answer to a refusal: the sentence that names its cause, and each field's own
 * sentences. When the only news is "some fields need correcting", `fallback` says so in the
 * form's own words ("Kunne ikke lagre. Se feltene under.").
 */
export function failureFor(error: unknown, m: Messages, fallback: string): ActionFailure {
  if (!isAppError(error)) throw error;
  const fieldErrors = fieldErrorTexts(error.fieldErrors, m);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const message = hasFieldErrors && error.reason === "INVALID_INPUT" ? fallback : errorText(error, m);
  return { status: "error", message, fieldErrors };
}

/**
 * A form's named fields as a plain object (and nothing else the request carried). Its type is
 * the mutation's input type only nominally: every lib mutation validates its input again with
 * a strict schema, and turns what does not pass into INVALID_INPUT with field messages.
 */
export function formFields<T = Record<string, string | null>>(formData: FormData, names: readonly string[]): T {
  return Object.fromEntries(names.map((name) => [name, (formData.get(name) as string | null) ?? null])) as T;
}

/** A text field as the form sent it: "" when it is missing (or a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * What a refused form held, to be shown again: every text field, choice and ticked box, but
 * never a password, a file or Next's own fields.
 */
export function typedValuesOf(formData: FormData): TypedValues {
  const typed: TypedValues = {};
  for (const [name, value] of formData) {
    if (typeof value !== "string" || name.startsWith("$") || /password/i.test(name)) continue;
    (typed[name] ??= []).push(value);
  }
  return typed;
}
