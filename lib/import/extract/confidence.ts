// How sure a proposal is, and why: which words gave its date, and where the year came from
// (written out, a weekday that fits only one year, the publication date, the newsletter's
// period, other dates in the text, or — when nothing settles it — the day of the import).
// An editor checks the doubtful ones first.
import type { DateMention } from "./dates";
import type { DocSentence } from "./document";
import { completeMention, trackedDates, type Draft, type ExtractContext } from "./draft";
import type { Confidence, ConfidenceReason, YearSource } from "./types";

const WORDS_BEFORE = 40;

/** The date and the few words before it that say what it is ("Høringsfrist: 16.06.2025"). */
function dateWords(sentence: DocSentence, mention: DateMention): string {
  const start = Math.max(0, mention.index - WORDS_BEFORE);
  const before = sentence.text.slice(start, mention.index).replace(start > 0 ? /^\S*\s/ : /^/, "");
  return `${before}${sentence.text.slice(mention.index, mention.endIndex)}`.trim();
}

function mentionOf(draft: Draft, day: string, ctx: ExtractContext): { sentence: DocSentence; mention: DateMention } | null {
  for (const sentence of draft.sentences) {
    for (const mention of trackedDates(sentence)) {
      const days = completeMention(mention, sentence, ctx);
      if (days && (days.from === day || days.to === day)) return { sentence, mention };
    }
  }
  return null;
}

function yearOf(mention: DateMention, sentence: DocSentence, ctx: ExtractContext): { source: YearSource; words: string } {
  if (mention.from.year !== null || mention.to?.year != null) return { source: "written", words: mention.text };
  if (mention.weekday !== null) return { source: "weekday", words: mention.text };
  if (sentence.paragraph.yearHint !== null) return { source: "list", words: String(sentence.paragraph.yearHint) };
  return { source: ctx.yearSource, words: ctx.yearWords };
}

export function confidenceOf(draft: Draft, ctx: ExtractContext): Confidence {
  const day = draft.kind === "SEMINAR" ? draft.startOn : draft.deadline;
  const found = day ? mentionOf(draft, day, ctx) : null;
  const reasons: ConfidenceReason[] = [];
  let yearSettled = true;
  if (found) {
    reasons.push({ code: "date", words: dateWords(found.sentence, found.mention) });
    const year = yearOf(found.mention, found.sentence, ctx);
    reasons.push({ code: "year", ...year });
    yearSettled = year.source !== "today";
  } else {
    reasons.push({ code: "year", source: ctx.yearSource, words: ctx.yearWords });
    yearSettled = ctx.yearSource !== "today";
  }
  if (draft.softWords) reasons.push({ code: "soft", words: draft.softWords });
  if (draft.warnings.length > 0) reasons.push({ code: "warning" });
  const source = reasons.find((r) => r.code === "year")?.source;
  // Labels that give title, deadline and issuer leave nothing to guess but a year the text
  // leaves out; labelled lines that name no issuer at all leave one thing for an editor.
  const isFullyLabelled = draft.labelled?.title && draft.labelled.deadline && draft.labelled.issuer;
  const level =
    !yearSettled || !found || draft.labelled?.title === false
      ? "low"
      : draft.titleIsGuess
        ? "medium"
        : isFullyLabelled && !draft.softWords
          ? "high"
          : draft.labelled && !draft.issuer
            ? "medium"
            : draft.softWords || draft.warnings.length > 0 || source === "text" || source === "list" || source === "later"
              ? "medium"
              : "high";
  return { level, yearSettled, reasons };
}
