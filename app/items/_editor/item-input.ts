import type { ItemInput } from "@/lib/items/schemas";

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
