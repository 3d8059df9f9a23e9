// Seminars, courses, conferences, webinars and meetings: an event word and a date in one
// sentence. A sentence can hold several ("fagseminar i Haag 21.-23. oktober og digitalt møte
// 3. desember"): each date goes to the nearest event word, and each event reads its place,
// times and "digitalt" from its own part of the sentence. "Dagen før" dates an event by the
// date of the sentence before it.
import { addDays } from "../../deadlines";
import type { DateMention } from "./dates";
import { findRelativeDay } from "./dates";
import type { DocSentence, NewsletterDocument } from "./document";
import { completeMention, emptyDraft, trackedDates, type Draft, type ExtractContext } from "./draft";
import { eventTitle, phraseStart } from "./event-title";
import { findEventWords, type EventWord } from "./event-words";
import { chooseIssuer } from "./issuer-choice";
import { findLocation, isOnline } from "./locations";
import { eventTimes } from "./times";
import { REPORTED_EVENT } from "./detect-event-pages";

interface Pair {
  event: EventWord;
  date: DateMention;
  start: number;
}

function distance(event: EventWord, date: DateMention): number {
  const eventEnd = event.index + event.word.length;
  return date.index >= eventEnd ? date.index - eventEnd : Math.max(0, event.index - date.endIndex);
}

function pairDates(text: string, events: EventWord[], dates: DateMention[]): Pair[] {
  const byEvent = new Map<EventWord, DateMention>();
  for (const date of dates) {
    const nearest = events.reduce((a, b) => (distance(b, date) < distance(a, date) ? b : a));
    const taken = byEvent.get(nearest);
    if (!taken || distance(nearest, date) < distance(nearest, taken)) byEvent.set(nearest, date);
  }
  return [...byEvent]
    .map(([event, date]) => ({ event, date, start: Math.min(phraseStart(text, event), date.index) }))
    .sort((a, b) => a.start - b.start);
}

function eventDraft(sentence: DocSentence, pair: Pair, segment: { from: number; to: number }, days: { from: string; to: string }): Draft {
  const text = sentence.text.slice(segment.from, segment.to);
  const date = { ...pair.date, index: pair.date.index - segment.from, endIndex: pair.date.endIndex - segment.from };
  const online = isOnline(text);
  const time = eventTimes(text, date);
  const location = online ? null : findLocation(text, date, pair.event.index + pair.event.word.length - segment.from);
  const { title, quote, titleWithPlace } = eventTitle(sentence, pair.event, segment, { location, isOnline: online });
  const cancelled = /\bavly[sy]\w*|\bcancell?ed\b/i.test(text);
  return {
    ...emptyDraft("SEMINAR", [sentence]),
    warnings: cancelled ? ["Teksten sier at arrangementet er avlyst."] : [],
    title,
    ...(titleWithPlace ? { titleWithPlace } : {}),
    quote,
    issuer: chooseIssuer(sentence, text),
    startOn: days.from,
    endOn: days.to,
    startTime: time?.start ?? null,
    endTime: time?.end ?? null,
    location,
    isOnline: online,
  };
}

/** The last date of the sentence before, for "dagen før" / "dagen etter". */
function previousDate(sentence: DocSentence, ctx: ExtractContext): string | null {
  const before = sentence.paragraph.sentences[sentence.index - 1];
  const date = before ? trackedDates(before).at(-1) : undefined;
  return date && before ? (completeMention(date, before, ctx)?.from ?? null) : null;
}

// "Påmeldingsfristen var 4. april": a date right after a deadline word is the deadline's.
const DEADLINE_BEFORE = /(?:frist\w*|\binnen|\binnan|\bsenest|\bseinast)(?:\s+(?:er|var|blir|vert|satt\s+til))?\s*:?\s*$/i;
// A meeting told about once it is over is news, not something to attend. In a newsletter that
// reports on its own period (the KOM newsletters) such meetings are what it reports, and stay.
const REPORTED_PAST =
  /\b(?:ble|blei|vart)\s+(?:holdt|halde|halden|haldt|avholdt|gjennomført|arrangert)\b|(?<!\b(?:blir|bli|vert|blitt|vere|være|skal|vil)\s+(?:også\s+|ikke\s+)?)\b(?:holdt|heldt|arrangerte|gjennomførte|avholdt)\b|\bvar\s+med\b|\bmed\s+(?:rundt|over|nesten|om lag)\s+\d+\s+deltak/i;

function eventDraftsIn(sentence: DocSentence, ctx: ExtractContext): Draft[] {
  const events = findEventWords(sentence.text);
  if (events.length === 0) return [];
  if (REPORTED_EVENT.test(sentence.text) || (!ctx.isPeriodReport && REPORTED_PAST.test(sentence.text))) return [];
  const dates = trackedDates(sentence).filter((d) => !DEADLINE_BEFORE.test(sentence.text.slice(Math.max(0, d.index - 40), d.index)));
  if (dates.length === 0) {
    const relative = findRelativeDay(sentence.text);
    const anchor = relative ? previousDate(sentence, ctx) : null;
    if (!relative || !anchor) return [];
    const day = addDays(anchor, relative.offset);
    const pair = { event: events[0], date: { index: relative.index, endIndex: relative.index } as DateMention, start: 0 };
    return [eventDraft(sentence, pair, { from: 0, to: sentence.text.length }, { from: day, to: day })];
  }
  const pairs = pairDates(sentence.text, events, dates);
  return pairs.flatMap((pair, i) => {
    const days = completeMention(pair.date, sentence, ctx);
    if (!days) return [];
    const segment = { from: i === 0 ? 0 : pair.start, to: pairs[i + 1]?.start ?? sentence.text.length };
    return [eventDraft(sentence, pair, segment, days)];
  });
}

export function findEvents(doc: NewsletterDocument, ctx: ExtractContext): Draft[] {
  return doc.sections.flatMap((section) =>
    section.paragraphs.flatMap((paragraph) => paragraph.sentences.flatMap((sentence) => eventDraftsIn(sentence, ctx))),
  );
}
