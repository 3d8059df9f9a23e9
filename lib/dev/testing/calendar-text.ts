// The feeds as text, for tests that read them: the app streams the same renderers' chunks.
import { privateCalendar, type PrivateCalendarInput } from "../../feeds/private-calendar";
import { renderCalendarChunks, type CalendarInput } from "../../feeds/render-calendar";

function textOf(chunks: Uint8Array<ArrayBuffer>[]): string {
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join("") + decoder.decode();
}

/** The whole public calendar of `input.items`, as the feed would send it. */
export function renderCalendar(input: CalendarInput): string {
  return textOf(renderCalendarChunks(input));
}

/** One organisation's private calendar, as the private feed would send it. */
export function renderPrivateCalendar(input: PrivateCalendarInput): string {
  const calendar = privateCalendar(input);
  calendar.add(input.items);
  return textOf(calendar.finish());
}
