// What editors (the /sources page) and the command line may send to add or change a source,
// and to keep the relevance words. Strict: unknown keys are refused. Pure.
import { z } from "zod";
import { isWebUrl } from "../model/web-url";
import { SOURCE_PROBLEM } from "../i18n/problem-keys";

const v = SOURCE_PROBLEM;

export const SOURCE_TYPES = ["regjeringen", "stortinget", "ics", "rss"] as const;
export const SOURCE_MODES = ["publish", "review", "relevant"] as const;

const url = z.string(v.sourceUrlFormat).trim().max(2_000, v.sourceUrlFormat).refine(isWebUrl, v.sourceUrlFormat);

const name = z
  .string()
  .trim()
  .max(120, v.sourceNameTooLong)
  .nullish()
  .transform((value) => value || null);

const interval = z.coerce.number(v.intervalRange).int(v.intervalRange).min(15, v.intervalRange).max(10_080, v.intervalRange);

export const sourceInputSchema = z.strictObject({
  type: z.enum(SOURCE_TYPES, v.typeRequired),
  url,
  name,
  mode: z.enum(SOURCE_MODES, v.modeRequired).default("review"),
  pollIntervalMinutes: interval.default(60),
});
export type SourceInput = z.input<typeof sourceInputSchema>;

export const sourceUpdateInputSchema = z.strictObject({
  id: z.uuid(v.unknownSource),
  name: z.string(v.sourceNameRequired).trim().min(1, v.sourceNameRequired).max(120, v.sourceNameTooLong),
  mode: z.enum(SOURCE_MODES, v.modeRequired),
  pollIntervalMinutes: interval,
  isEnabled: z.boolean().default(true),
});
export type SourceUpdateInput = z.input<typeof sourceUpdateInputSchema>;

export const relevanceTermInputSchema = z.strictObject({
  kind: z.enum(["word", "ministry"], v.termRequired),
  term: z.string(v.termRequired).trim().min(1, v.termRequired).max(80, v.termTooLong),
});
export type RelevanceTermInput = z.input<typeof relevanceTermInputSchema>;

/** A readable default name: the host, or the national source's own name. */
export function defaultSourceName(type: (typeof SOURCE_TYPES)[number], address: string): string {
  if (type === "regjeringen") return "Høringer på regjeringen.no";
  if (type === "stortinget") return "Stortingets komitéhøringer";
  return new URL(address).hostname.replace(/^www\./, "");
}
