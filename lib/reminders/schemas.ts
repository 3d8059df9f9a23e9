// Input for saving one's reminder settings, as the profile form sends it or as a script
// would. Strict: unknown keys are refused. Pure, so a client form could use it too.
import { z } from "zod";
import { PROBLEM } from "../i18n/problem-keys";
import { ITEM_KINDS } from "../model/item";
import { MAX_DAYS_BEFORE, MAX_OFFSETS } from "./types";

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
// The sentences behind these keys are in lib/i18n/messages/problems-*.ts.
const DAYS_MESSAGE = PROBLEM.daysFormat;

/** A checkbox: "on" when ticked, absent (null) when not; booleans pass as they are. */
const switchField = z.preprocess((value) => (typeof value === "boolean" ? value : value === "on" || value === "true"), z.boolean());

/** "14, 3" or [14, 3]: whole days, each once, largest first. */
const daysBeforeField = z.preprocess(
  (value) => {
    if (Array.isArray(value)) return value;
    if (typeof value !== "string") return value;
    const parts = value.split(/[\s,;]+/).filter(Boolean);
    return parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  },
  z
    .array(z.number(DAYS_MESSAGE).int(DAYS_MESSAGE).min(0, DAYS_MESSAGE).max(MAX_DAYS_BEFORE, DAYS_MESSAGE), DAYS_MESSAGE)
    .max(MAX_OFFSETS, PROBLEM.tooManyDays)
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
);

const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(200));

export const reminderPreferencesInputSchema = z.strictObject({
  isRemindersOn: switchField,
  daysBefore: daysBeforeField,
  isInternalDeadlineReminderOn: switchField,
  isDigestOn: switchField,
  digestWeekday: z.coerce
    .number(PROBLEM.weekdayRequired)
    .int(PROBLEM.weekdayRequired)
    .min(1, PROBLEM.weekdayRequired)
    .max(7, PROBLEM.weekdayRequired),
  digestTime: z.string(PROBLEM.digestTimeFormat).regex(/^([01]\d|2[0-3]):[0-5]\d$/, PROBLEM.digestTimeFormat),
  actorSlugs: listOf(z.string().regex(SLUG, PROBLEM.unknownActor)).transform((slugs) => [...new Set(slugs)].sort()),
  topicSlugs: listOf(z.string().regex(SLUG, PROBLEM.unknownTopic)).transform((slugs) => [...new Set(slugs)].sort()),
  kinds: listOf(z.enum(ITEM_KINDS, PROBLEM.unknownKind)).transform((kinds) => ITEM_KINDS.filter((kind) => kinds.includes(kind))),
});
export type ReminderPreferencesInput = z.input<typeof reminderPreferencesInputSchema>;
