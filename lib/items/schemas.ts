// What an editor may send to create or change an item. Strict: unknown keys are refused.
// Fields that do not belong to the chosen kind are cleared, because the form shows all of
// them: a seminar keeps no deadline, a hearing no seminar days. Pure, so forms and tests use it.
import { z } from "zod";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { checkbox, optionalDate, optionalId, optionalText, optionalTime, optionalUrl, requiredTitle, versionField } from "./form-fields";
import { ITEM_KINDS } from "../model/item";

const v = EDITOR_PROBLEM;

const itemFields = {
  kind: z.enum(ITEM_KINDS, v.kindRequired),
  title: requiredTitle,
  reference: optionalText(120),
  summary: optionalText(4_000),
  url: optionalUrl,
  actorId: optionalId(v.unknownActor).default(null),
  /** A new actor to create and use, when the list does not have it. */
  newActorName: optionalText(120, v.nameTooLong),
  topicIds: z.array(z.uuid(v.topicUnknown)).max(30).default([]),
  newTopicName: optionalText(120, v.nameTooLong),
  sentOn: optionalDate,
  deadline: optionalDate,
  startOn: optionalDate,
  endOn: optionalDate,
  /** Oslo wall-clock "HH:MM" on the first and the last day. */
  startTime: optionalTime,
  endTime: optionalTime,
  location: optionalText(200),
  isOnline: checkbox.default(false),
};

type ItemFieldsOutput = z.output<z.ZodObject<typeof itemFields>>;

function checkItem(item: ItemFieldsOutput, ctx: z.RefinementCtx): void {
  const issue = (path: keyof ItemFieldsOutput, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!item.actorId && !item.newActorName) issue("actorId", v.actorRequired);
  if (item.kind === "SEMINAR") {
    if (!item.startOn) issue("startOn", v.startRequired);
    if (item.startOn && item.endOn && item.endOn < item.startOn) issue("endOn", v.endBeforeStart);
    if (item.endTime && !item.startTime) issue("startTime", v.startTimeRequired);
    const isOneDay = !item.endOn || item.endOn === item.startOn;
    if (isOneDay && item.startTime && item.endTime && item.endTime <= item.startTime) issue("endTime", v.endTimeBeforeStart);
    return;
  }
  if (!item.deadline) issue("deadline", item.kind === "HEARING" ? v.hearingDeadlineRequired : v.deadlineRequired);
  if (item.sentOn && item.deadline && item.deadline < item.sentOn) issue("deadline", v.deadlineBeforeSent);
}

function clearOtherKinds<T extends ItemFieldsOutput>(item: T): T {
  if (item.kind === "SEMINAR") return { ...item, sentOn: null, deadline: null, endOn: item.endOn ?? item.startOn };
  return { ...item, startOn: null, endOn: null, startTime: null, endTime: null, location: null, isOnline: false };
}

export const itemInputSchema = z.strictObject(itemFields).superRefine(checkItem).transform(clearOtherKinds);
export type ItemInput = z.input<typeof itemInputSchema>;
export type ItemData = z.output<typeof itemInputSchema>;

export const itemUpdateInputSchema = z
  .strictObject({ ...itemFields, id: z.uuid(v.unknownItem), version: versionField })
  .superRefine(checkItem)
  .transform(clearOtherKinds);
export type ItemUpdateInput = z.input<typeof itemUpdateInputSchema>;

export const itemCancelInputSchema = z.strictObject({
  id: z.uuid(v.unknownItem),
  version: versionField,
  reason: z.string(v.reasonRequired).trim().min(1, v.reasonRequired).max(500, v.textTooLong),
});
export type ItemCancelInput = z.input<typeof itemCancelInputSchema>;

export const itemRestoreInputSchema = z.strictObject({ id: z.uuid(v.unknownItem), version: versionField });
export type ItemRestoreInput = z.input<typeof itemRestoreInputSchema>;
