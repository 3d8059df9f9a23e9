// What an editor's form shows when a save fails: failureFor's sentences, but a CONFLICT that
// is not a stale version (an actor that already exists) says what it is, and lib's Bokmål
// validation messages come in the reader's language.
import { isAppError, STALE_VERSION_MESSAGE } from "@/lib/errors";
import { localizeFieldErrors, localizeMessage } from "@/lib/i18n/editor-text";
import type { Messages } from "@/lib/i18n/messages";
import { failureFor, type ActionState } from "./action-state";

export function editorFailure(error: unknown, m: Messages, fallback: string): ActionState {
  if (isAppError(error) && error.code === "CONFLICT" && error.message !== STALE_VERSION_MESSAGE) {
    return { status: "error", message: localizeMessage(error.message, m), fieldErrors: {} };
  }
  const state = failureFor(error, m, fallback);
  if (state.status !== "error") return state;
  return { ...state, message: localizeMessage(state.message, m), fieldErrors: localizeFieldErrors(state.fieldErrors, m) };
}
