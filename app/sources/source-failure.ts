// A failed save on the sources pages: the shared sentences, with lib/sources' Bokmål messages
// (and lib/items' for the accept form) in the reader's language.
import { isAppError } from "@/lib/errors";
import { localizeFieldErrors, localizeMessage } from "@/lib/i18n/editor-text";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locale";
import { localizeSourceFieldErrors, localizeSourceMessage } from "@/lib/i18n/sources-text";
import { failureFor, type ActionState } from "../_components/action-state";

export function sourceFailure(error: unknown, m: Messages, locale: Locale, fallback: string): ActionState {
  if (isAppError(error) && (error.code === "CONFLICT" || error.code === "NOT_FOUND") && Object.keys(error.fieldErrors).length === 0) {
    const text = localizeSourceMessage(error.message, locale);
    if (text !== error.message || locale === "nb") return { status: "error", message: text, fieldErrors: {} };
  }
  const state = failureFor(error, m, fallback);
  if (state.status !== "error") return state;
  const fieldErrors = localizeFieldErrors(localizeSourceFieldErrors(state.fieldErrors, locale), m);
  return { ...state, message: localizeMessage(localizeSourceMessage(state.message, locale), m), fieldErrors };
}
