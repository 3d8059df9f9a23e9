// The one place where lib's refusals become sentences: an AppError's reason, or a field
// problem's key, looked up in the reader's messages. A key no message knows (zod's own text,
// a reason added without words) falls back to a general sentence for its code, never to
// lib's internal words. Pure.
import type { AppError, FieldErrors, FieldProblem } from "../errors";
import { interpolate, type Messages } from "./messages";

function lookup(reason: string, m: Messages): string | null {
  const p = m.problems;
  if (reason in p.reasons) return p.reasons[reason as keyof typeof p.reasons];
  if (reason in p.fields) return p.fields[reason as keyof typeof p.fields];
  if (reason in m.editor.validation) return m.editor.validation[reason as keyof typeof m.editor.validation];
  if (reason in m.sources.validation) return m.sources.validation[reason as keyof typeof m.sources.validation];
  return null;
}

const GENERAL_REASON = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "SIGN_IN_REQUIRED",
  CONFLICT: "STALE_VERSION",
  INVALID_INPUT: "INVALID_INPUT",
  RATE_LIMITED: "RATE_LIMITED",
} as const;

/** One field problem's sentence, with its numbers filled in. */
export function fieldProblemText(problem: FieldProblem, m: Messages): string {
  return interpolate(lookup(problem.reason, m) ?? m.problems.fields.invalidValue, problem.params);
}

/** Field → sentences, for a form to show beside each field. */
export function fieldErrorTexts(errors: FieldErrors, m: Messages): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, problems]) => [field, problems.map((problem) => fieldProblemText(problem, m))]),
  );
}

/** The sentence that says why `error` was refused. */
export function errorText(error: AppError, m: Messages): string {
  const text = lookup(error.reason, m) ?? m.problems.reasons[GENERAL_REASON[error.code]];
  return interpolate(text, error.params);
}
