// What an editor may send to create actors and topics or merge two actors. Strict. Pure.
import { z } from "zod";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { nameField, optionalText } from "../items/form-fields";

const v = EDITOR_PROBLEM;

export const actorInputSchema = z.strictObject({
  name: nameField,
  /** "JD" for Justis- og beredskapsdepartementet; empty means the full name. */
  shortName: optionalText(40, v.nameTooLong),
});
export type ActorInput = z.input<typeof actorInputSchema>;

export const actorMergeInputSchema = z
  .strictObject({ keepId: z.uuid(v.unknownActor), removeId: z.uuid(v.unknownActor) })
  .refine((input) => input.keepId !== input.removeId, { message: v.sameActor, path: ["removeId"] });
export type ActorMergeInput = z.input<typeof actorMergeInputSchema>;
