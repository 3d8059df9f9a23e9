// Input for setting or removing the viewer's organisation's response. Strict: unknown keys
// are refused, and there is no organisationId to send: it comes from the signed-in user.
// Empty form fields read as "no value". Pure, so client forms can use it too.
import { z } from "zod";
import { isWebUrl } from "../model/web-url";
import { PROBLEM } from "../i18n/problem-keys";
import { isCalendarDate } from "../model/calendar-date";
import { RESPONSE_STATUSES } from "./types";

export const NOTE_MAX_LENGTH = 2_000;
const URL_MAX_LENGTH = 2_000;

/**
 * A link as people type it: "www.…" (or "regjeringen.no/…") without a scheme means https,
 * as in a browser's address bar. Anything with a scheme is left for isWebUrl to judge.
 */
export function withWebScheme(value: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/|$)/u.test(trimmed) ? `https://${trimmed}` : trimmed;
}

/** Text that may be left empty: "" and whitespace become null. */
function optional(schema: z.ZodString) {
  return schema.nullish().transform((value) => (value ? value : null));
}

const dateField = (message: string) =>
  optional(
    z
      .string()
      .trim()
      .refine((value) => value === "" || isCalendarDate(value), message),
  );

/** The version the form was based on: null (or empty) when the organisation had no response yet. */
const versionField = z.preprocess(
  (value) => (value === "" || value === undefined ? null : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
  z.number(PROBLEM.versionUnknown).int().min(0).nullable(),
);

export const responseInputSchema = z.strictObject({
  itemId: z.uuid(PROBLEM.unknownItem),
  status: z.enum(RESPONSE_STATUSES, PROBLEM.statusRequired),
  answeredOn: dateField(PROBLEM.dateFormat),
  answerUrl: z
    .string()
    .trim()
    .max(URL_MAX_LENGTH, PROBLEM.urlTooLong)
    .refine((value) => value === "" || isWebUrl(withWebScheme(value)), PROBLEM.urlFormat)
    .nullish()
    .transform((value) => (value ? withWebScheme(value) : null)),
  note: optional(z.string().trim().max(NOTE_MAX_LENGTH, PROBLEM.noteTooLong)),
  internalDeadline: dateField(PROBLEM.dateFormat),
  /** A colleague in the same organisation (checked by the mutation); empty for nobody. */
  responsibleUserId: optional(
    z
      .string()
      .trim()
      .refine((value) => value === "" || z.uuid().safeParse(value).success, PROBLEM.unknownColleague),
  ).optional(),
  version: versionField,
});
export type ResponseInput = z.input<typeof responseInputSchema>;

export const responseRemovalInputSchema = z.strictObject({ itemId: z.uuid(PROBLEM.unknownItem), version: versionField });
export type ResponseRemovalInput = z.input<typeof responseRemovalInputSchema>;
