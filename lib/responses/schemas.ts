// Input for setting or removing the viewer's organisation's response. Strict: unknown keys
// are refused, and there is no organisationId to send: it comes from the signed-in user.
// Empty form fields read as "no value". Pure, so client forms can use it too.
import { z } from "zod";
import { PROBLEM } from "../i18n/problem-keys";
import { isCalendarDate } from "../items/calendar-date";
import { RESPONSE_STATUSES } from "./types";

export const NOTE_MAX_LENGTH = 2_000;
const URL_MAX_LENGTH = 2_000;

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Text that may be left empty: "" and whitespace become null. */
function optional(schema: z.ZodString) {
  return schema
    .nullish()
    .transform((value) => (value ? value : null));
}

const dateField = (message: string) =>
  optional(z.string().trim().refine((value) => value === "" || isCalendarDate(value), message));

/** The version the form was based on: null (or empty) when the organisation had no response yet. */
const versionField = z.preprocess(
  (value) => (value === "" || value === undefined ? null : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
  z.number(PROBLEM.versionUnknown).int().min(0).nullable(),
);

export const responseInputSchema = z.strictObject({
  itemId: z.uuid(PROBLEM.unknownItem),
  status: z.enum(RESPONSE_STATUSES, PROBLEM.statusRequired),
  answeredOn: dateField(PROBLEM.dateFormat),
  answerUrl: optional(
    z
      .string()
      .trim()
      .max(URL_MAX_LENGTH, PROBLEM.urlTooLong)
      .refine((value) => value === "" || isWebUrl(value), PROBLEM.urlFormat),
  ),
  note: optional(z.string().trim().max(NOTE_MAX_LENGTH, PROBLEM.noteTooLong)),
  internalDeadline: dateField(PROBLEM.dateFormat),
  version: versionField,
});
export type ResponseInput = z.input<typeof responseInputSchema>;

export const responseRemovalInputSchema = z.strictObject({ itemId: z.uuid(PROBLEM.unknownItem), version: versionField });
export type ResponseRemovalInput = z.input<typeof responseRemovalInputSchema>;
