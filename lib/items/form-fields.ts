// Field schemas shared by the item, actor and import inputs. A form sends "" for a field left
// empty; here that becomes null. Pure, so client forms and tests can use it.
import { z } from "zod";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { isCalendarDate } from "../model/calendar-date";
import { isWebUrl } from "../model/web-url";

const v = EDITOR_PROBLEM;

/** Text that may be left empty: "" and whitespace become null. */
export function optionalText(max: number, tooLong: string = v.textTooLong) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((value) => (value ? value : null));
}

export const requiredTitle = z.string(v.titleRequired).trim().min(1, v.titleRequired).max(300, v.titleTooLong);

export const optionalDate = z
  .string(v.dateFormat)
  .trim()
  .refine((value) => value === "" || isCalendarDate(value), v.dateFormat)
  .nullish()
  .transform((value) => (value ? value : null));

export const optionalTime = z
  .string(v.timeFormat)
  .trim()
  .refine((value) => value === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), v.timeFormat)
  .nullish()
  .transform((value) => (value ? value : null));

export const optionalUrl = optionalText(2_000).refine((value) => value === null || isWebUrl(value), v.urlFormat);

/** A checkbox: "on" (as a form sends it) or true. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** An id from a select, where "" means none chosen. */
export const optionalId = (message: string) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), z.uuid(message).nullable());

/** The version a form was based on, as a number or the digits a hidden field carries. */
export const versionField = z.preprocess(
  (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
  z.number(v.version).int(v.version).min(0, v.version),
);

export const nameField = z.string(v.nameRequired).trim().min(1, v.nameRequired).max(120, v.nameTooLong);
