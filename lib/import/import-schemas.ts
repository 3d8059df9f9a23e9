// What the import page sends back when an editor saves: the proposals it was shown (kept in
// the form as JSON, so they are checked here like any other input) and the rows ticked, with
// the editor's changes to titles and dates. Pure.
import { z } from "zod";
import { EDITOR_PROBLEM } from "../i18n/problem-keys";
import { isCalendarDate } from "../model/calendar-date";
import { ITEM_FIELD_MAX } from "../items/fields";
import { optionalDate, optionalUrl, requiredTitle } from "../items/form-fields";
import { isWebUrl } from "../model/web-url";
import { ITEM_KINDS } from "../model/item";
import type { YearSource } from "./extract";

const v = EDITOR_PROBLEM;
const YEAR_SOURCES = [
  "written",
  "weekday",
  "list",
  "as-of",
  "period",
  "published",
  "text",
  "later",
  "today",
] as const satisfies readonly YearSource[];
const slug = z.string().regex(/^[a-z0-9-]{1,200}$/);
const day = z.string().refine(isCalendarDate).nullable();
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullable();
const line = (max: number) => z.string().max(max);

const issuerSchema = z.strictObject({
  slug,
  shortName: line(120).min(1),
  name: line(200).min(1),
  type: z.enum(["MINISTRY", "DIRECTORATE", "RESEARCH", "NGO", "INTERNATIONAL", "OTHER"]),
});

const proposedItemSchema = z.strictObject({
  key: slug,
  kind: z.enum(ITEM_KINDS),
  title: line(ITEM_FIELD_MAX.title).min(1),
  reference: line(ITEM_FIELD_MAX.reference).nullable(),
  issuer: issuerSchema.nullable(),
  sentOn: day,
  deadline: day,
  startOn: day,
  endOn: day,
  startTime: time,
  endTime: time,
  location: line(ITEM_FIELD_MAX.location).nullable(),
  isOnline: z.boolean(),
  url: line(ITEM_FIELD_MAX.url).refine(isWebUrl).nullable(),
  sources: z.array(line(5_000)).max(20),
  warnings: z.array(line(500)).max(20),
  confidence: z.strictObject({
    level: z.enum(["high", "medium", "low"]),
    yearSettled: z.boolean(),
    reasons: z
      .array(
        z.discriminatedUnion("code", [
          z.strictObject({ code: z.literal("date"), words: line(300) }),
          z.strictObject({ code: z.literal("year"), source: z.enum(YEAR_SOURCES), words: line(300) }),
          z.strictObject({ code: z.literal("soft"), words: line(300) }),
          z.strictObject({ code: z.literal("warning") }),
        ]),
      )
      .max(10),
  }),
});

export const importProposalSchema = z.strictObject({
  source: z.strictObject({ slug, title: line(200).min(1), periodLabel: line(120).nullable(), publishedOn: day }),
  items: z.array(proposedItemSchema).max(500),
});
export type ImportProposal = z.infer<typeof importProposalSchema>;

/** One ticked row: which proposal (by key) and the values the editor may have changed. */
const chosenRowSchema = z.strictObject({
  key: slug,
  title: requiredTitle,
  sentOn: optionalDate,
  deadline: optionalDate,
  startOn: optionalDate,
  endOn: optionalDate,
  /** The link as the editor corrected it; absent keeps the proposal's. */
  url: optionalUrl.optional(),
  /** An actor the editor chose instead of the issuer read from the text; absent or null keeps it. */
  actorId: z.preprocess((value) => (value === "" ? null : value), z.uuid(v.actorUnknown).nullable()).optional(),
  /** Topics the editor gave the item. */
  topicIds: z.array(z.uuid(v.topicUnknown)).max(30).optional(),
});
export type ChosenRow = z.output<typeof chosenRowSchema>;

export const importSaveInputSchema = z.strictObject({
  proposal: z.string(v.importUnreadable).max(10_000_000, v.importUnreadable),
  rows: z.array(chosenRowSchema).max(500).min(1, v.importNothingChosen),
});
export type ImportSaveInput = z.input<typeof importSaveInputSchema>;

/** The proposals as the import form carries them between its two steps. */
export function serializeProposal(proposal: ImportProposal): string {
  return JSON.stringify(proposal);
}
