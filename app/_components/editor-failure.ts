// What an editor's form shows when a save fails. Kept as its own name for the editor's
// actions; every refusal now names its cause through failureFor.
import type { Messages } from "@/lib/i18n/messages";
import { failureFor, type ActionState } from "./action-state";

export function editorFailure(error: unknown, m: Messages, fallback: string): ActionState {
  return failureFor(error, m, fallback);
}
