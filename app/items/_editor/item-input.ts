import { formText, type ActionState } from "../../_components/action-state";
import type { ItemFormValues } from "@/lib/items/form-values";
import type { ItemInput } from "@/lib/items/schemas";
import { ITEM_KINDS, type ItemKind } from "@/lib/model/item";

const TEXT_FIELDS = [
  "kind",
  "title",
  "reference",
  "summary",
  "url",
  "actorId",
  "newActorName",
  "newTopicName",
  "sentOn",
  "deadline",
  "startOn",
  "endOn",
  "startTime",
  "endTime",
  "location",
] as const;

/**
 * The item form's answer: the sentence, and after a refusal what was typed, so that a form
 * sent without JavaScript (a whole page comes back) shows it again. `submission` is new on
 * every answer, so the form takes those values even where the browser kept older ones.
 */
export type ItemFormState = ActionState & {
  values?: ItemFormValues;
  submission?: number;
  /** After a conflict: the version now stored, which the next save is based on. */
  version?: string;
};

/**
 * The item form's fields as the mutation's input. Nothing else the request carried is
 * passed on; lib checks every value again with its strict schema.
 */
export function itemInputFrom(formData: FormData): ItemInput {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, (formData.get(name) as string | null) ?? null]));
  return {
    ...text,
    topicIds: formData.getAll("topicIds").filter((value): value is string => typeof value === "string"),
    isOnline: formData.get("isOnline") === "on",
  } as ItemInput;
}

/** What was typed into the item form, every field as its input holds it. */
export function typedItemValues(formData: FormData): ItemFormValues {
  const text = (name: (typeof TEXT_FIELDS)[number]) => formText(formData, name);
  const kind = text("kind");
  return {
    ...(Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(name)])) as Omit<ItemFormValues, "kind" | "topicIds" | "isOnline">),
    kind: (ITEM_KINDS as readonly string[]).includes(kind) ? (kind as ItemKind) : "",
    topicIds: formData.getAll("topicIds").filter((value): value is string => typeof value === "string"),
    isOnline: formData.get("isOnline") === "on",
  };
}
