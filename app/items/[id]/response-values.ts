// What the response form shows: the stored response, what was just saved, or what was typed
// before a refusal. Travels in the action's answer so that nothing typed is lost.
import type { ResponseView } from "@/lib/responses/types";
import { formText, type ActionState } from "../../_components/action-state";

export const RESPONSE_FIELDS = [
  "itemId",
  "status",
  "answeredOn",
  "answerUrl",
  "note",
  "internalDeadline",
  "responsibleUserId",
  "version",
] as const;

export type ResponseFormValues = Record<Exclude<(typeof RESPONSE_FIELDS)[number], "itemId">, string>;

/** The action's answer: the sentence, and the values the form shows next. */
export type ResponseFormState = ActionState & { values?: ResponseFormValues; submission?: number };

export function responseFormValues(response: ResponseView | null): ResponseFormValues {
  return {
    status: response?.status ?? "",
    answeredOn: response?.answeredOn ?? "",
    answerUrl: response?.answerUrl ?? "",
    note: response?.note ?? "",
    internalDeadline: response?.internalDeadline ?? "",
    responsibleUserId: response?.responsibleUserId ?? "",
    version: response ? String(response.version) : "",
  };
}

/** What was typed, as the form had it (every field a string). */
export function typedValues(formData: FormData): ResponseFormValues {
  const text = (name: string) => formText(formData, name);
  return {
    status: text("status"),
    answeredOn: text("answeredOn"),
    answerUrl: text("answerUrl"),
    note: text("note"),
    internalDeadline: text("internalDeadline"),
    responsibleUserId: text("responsibleUserId"),
    version: text("version"),
  };
}
