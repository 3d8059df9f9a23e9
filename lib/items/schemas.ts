// What an editor may send to create or change an item. Strict: unknown keys are refused.
// Fields that do not belong to the chosen kind are cleared, because the form shows all of
// them: a seminar keeps no deadline, a hearing no seminar days. Pure, so forms and tests use it.
import { z } from "zod";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { checkItemFields, itemFieldsShape, keepKindFields } from "./fields";
import { optionalId, optionalText, versionField } from "./form-fields";

const v = EDITOR_PROBLEM;

const itemFields = {
  ...itemFieldsShape,
  actorId: optionalId(v.unknownActor).default(null),
  /** A new actor to create and use, when the list does not have it. */
  newActorName: optionalText(120, v.nameTooLong),
  topicIds: z.array(z.uuid(v.topicUnknown)).max(30).default([]),
  newTopicName: optionalText(120, v.nameTooLong),
};

type ItemFieldsOutput = z.output<z.ZodObject<typeof itemFields>>;

function checkItem(item: ItemFieldsOutput, ctx: z.RefinementCtx): void {
  const issue = (path: keyof ItemFieldsOutput, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!item.actorId && !item.newActorName) issue("actorId", v.actorRequired);
  checkItemFields(item, issue);
}

export const itemInputSchema = z.strictObject(itemFields).superRefine(checkItem).transform(keepKindFields);
export type ItemInput = z.input<typeof itemInputSchema>;
export type ItemData = z.output<typeof itemInputSchema>;

export const itemUpdateInputSchema = z
  .strictObject({ ...itemFields, id: z.uuid(v.unknownItem), version: versionField })
  .superRefine(checkItem)
  .transform(keepKindFields);
export type ItemUpdateInput = z.input<typeof itemUpdateInputSchema>;

export const itemCancelInputSchema = z.strictObject({
  id: z.uuid(v.unknownItem),
  version: versionField,
  reason: z.string(v.reasonRequired).trim().min(1, v.reasonRequired).max(500, v.textTooLong),
});
export type ItemCancelInput = z.input<typeof itemCancelInputSchema>;

export const itemRestoreInputSchema = z.strictObject({ id: z.uuid(v.unknownItem), version: versionField });
export type ItemRestoreInput = z.input<typeof itemRestoreInputSchema>;
